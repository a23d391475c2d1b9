//! Table grids from ruling lines: horizontal and vertical rules are snapped to grid lines,
//! closed rectangles between them become cells (merged cells included), and cells that share
//! grid lines form one table.

/// A horizontal or vertical ruling segment in page space (y grows upwards).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Rule {
    pub horizontal: bool,
    /// y of a horizontal rule, x of a vertical one.
    pub pos: f32,
    /// Extent along the rule: x range of a horizontal rule, y range of a vertical one.
    pub lo: f32,
    pub hi: f32,
}

/// Rules whose positions differ by less than this are the same grid line (exporters draw each
/// cell's border separately, with rounding).
const SNAP: f32 = 0.6;
/// Rules this far apart or more along the same stretch are two borders, not one drawn twice.
const DOUBLE: f32 = 0.15;
/// Gaps and shortfalls tolerated where borders meet or continue.
const JOIN: f32 = 1.5;
/// Cells thinner than this are the gap of a double border, not cells.
const MIN_CELL: f32 = 2.5;
/// Grid lines kept per direction; a page with more is a drawing.
const MAX_LINES: usize = 200;
/// Cells kept per page.
const MAX_CELLS: usize = 3_000;
/// Coverage checks allowed per page while looking for cells.
const MAX_STEPS: usize = 2_000_000;

/// One cell: its rectangle and the grid lines it spans (rows counted from the top).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Cell {
    pub x0: f32,
    pub x1: f32,
    pub bottom: f32,
    pub top: f32,
    pub row: usize,
    pub row_end: usize,
    pub col: usize,
    pub col_end: usize,
}

impl Cell {
    pub fn contains(&self, x: f32, y: f32) -> bool {
        x >= self.x0 && x <= self.x1 && y >= self.bottom && y <= self.top
    }
}

/// Cells that belong together, in no particular order.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Grid {
    pub cells: Vec<Cell>,
}

impl Grid {
    pub fn top(&self) -> f32 {
        self.cells.iter().map(|c| c.top).fold(f32::MIN, f32::max)
    }

    pub fn bottom(&self) -> f32 {
        self.cells.iter().map(|c| c.bottom).fold(f32::MAX, f32::min)
    }

    pub fn left(&self) -> f32 {
        self.cells.iter().map(|c| c.x0).fold(f32::MAX, f32::min)
    }

    pub fn right(&self) -> f32 {
        self.cells.iter().map(|c| c.x1).fold(f32::MIN, f32::max)
    }
}

/// Grid lines of one direction: positions (ascending) and, per line, the merged extents drawn.
struct Lines {
    pos: Vec<f32>,
    spans: Vec<Vec<(f32, f32)>>,
}

impl Lines {
    fn new(mut rules: Vec<Rule>) -> Lines {
        rules.sort_by(|a, b| a.pos.total_cmp(&b.pos));
        let mut pos: Vec<f32> = Vec::new();
        let mut spans: Vec<Vec<(f32, f32)>> = Vec::new();
        let mut weight = 0.0f32;
        let mut last = f32::MIN;
        let mut members: Vec<Rule> = Vec::new();
        for r in rules {
            // Two rules drawn along the same stretch a little apart are the bottom border of
            // one table and the top border of the next (a page header table above the body).
            let double = members.iter().any(|m| {
                let overlap = r.hi.min(m.hi) - r.lo.max(m.lo);
                r.pos - m.pos >= DOUBLE && overlap > 0.5 * (r.hi - r.lo).min(m.hi - m.lo)
            });
            if pos.is_empty() || r.pos - last > SNAP || double {
                members.clear();
                pos.push(r.pos);
                spans.push(Vec::new());
                weight = 0.0;
            }
            // Running mean of the snapped positions, weighted by length.
            let len = (r.hi - r.lo).max(0.1);
            if let (Some(p), Some(s)) = (pos.last_mut(), spans.last_mut()) {
                *p = (*p * weight + r.pos * len) / (weight + len);
                s.push((r.lo, r.hi));
            }
            weight += len;
            last = r.pos;
            members.push(r);
        }
        for s in &mut spans {
            s.sort_by(|a, b| a.0.total_cmp(&b.0));
            let mut merged: Vec<(f32, f32)> = Vec::with_capacity(s.len());
            for &(lo, hi) in s.iter() {
                match merged.last_mut() {
                    Some(m) if lo <= m.1 + JOIN => m.1 = m.1.max(hi),
                    _ => merged.push((lo, hi)),
                }
            }
            *s = merged;
        }
        Lines { pos, spans }
    }

    /// Line `i` is drawn over the whole of `a..b`.
    fn covers(&self, i: usize, a: f32, b: f32) -> bool {
        self.spans[i]
            .iter()
            .any(|&(lo, hi)| lo <= a + JOIN && hi >= b - JOIN)
    }
}

/// Finds the ruled tables of a page. Returns nothing when the rules are too many to be a
/// document's tables.
pub(super) fn grids(rules: &[Rule]) -> Vec<Grid> {
    let (h, v): (Vec<Rule>, Vec<Rule>) = rules.iter().partition(|r| r.horizontal);
    if h.len() < 2 || v.len() < 2 {
        return Vec::new();
    }
    let hl = Lines::new(h);
    let vl = Lines::new(v);
    if hl.pos.len() > MAX_LINES || vl.pos.len() > MAX_LINES {
        return Vec::new();
    }
    // Rows run from the top of the page: ys[0] is the highest horizontal line.
    let ys: Vec<f32> = hl.pos.iter().rev().copied().collect();
    let hi = |row: usize| hl.pos.len() - 1 - row;
    let xs = &vl.pos;
    let mut cells = Vec::new();
    let mut steps = 0usize;
    for i in 0..ys.len().saturating_sub(1) {
        for j in 0..xs.len().saturating_sub(1) {
            steps += 2;
            // A top-left corner: the top border starts right and the left border starts down.
            if !hl.covers(hi(i), xs[j], xs[j + 1]) || !vl.covers(j, ys[i + 1], ys[i]) {
                continue;
            }
            'right: for k in j + 1..xs.len() {
                steps += 1;
                if !hl.covers(hi(i), xs[k - 1], xs[k]) {
                    break;
                }
                if !vl.covers(k, ys[i + 1], ys[i]) {
                    continue;
                }
                for m in i + 1..ys.len() {
                    steps += 3;
                    if steps > MAX_STEPS {
                        return Vec::new();
                    }
                    if !vl.covers(j, ys[m], ys[m - 1]) || !vl.covers(k, ys[m], ys[m - 1]) {
                        break;
                    }
                    if hl.covers(hi(m), xs[j], xs[k]) {
                        cells.push(Cell {
                            x0: xs[j],
                            x1: xs[k],
                            bottom: ys[m],
                            top: ys[i],
                            row: i,
                            row_end: m,
                            col: j,
                            col_end: k,
                        });
                        break 'right;
                    }
                }
            }
            if cells.len() > MAX_CELLS {
                return Vec::new();
            }
        }
    }
    cells.retain(|c| c.x1 - c.x0 >= MIN_CELL && c.top - c.bottom >= MIN_CELL);
    group(cells)
}

/// Cells sharing a grid line along an overlapping stretch are one table.
fn group(cells: Vec<Cell>) -> Vec<Grid> {
    let n = cells.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for a in 0..n {
        for b in a + 1..n {
            let (p, q) = (&cells[a], &cells[b]);
            let cols_overlap = p.col < q.col_end && q.col < p.col_end;
            let rows_overlap = p.row < q.row_end && q.row < p.row_end;
            let stacked = (p.row_end == q.row || q.row_end == p.row) && cols_overlap;
            let side = (p.col_end == q.col || q.col_end == p.col) && rows_overlap;
            if stacked || side {
                let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
                parent[ra] = rb;
            }
        }
    }
    let mut groups: Vec<(usize, Grid)> = Vec::new();
    for (i, cell) in cells.into_iter().enumerate() {
        let root = find(&mut parent, i);
        match groups.iter_mut().find(|(r, _)| *r == root) {
            Some((_, g)) => g.cells.push(cell),
            None => groups.push((root, Grid { cells: vec![cell] })),
        }
    }
    let mut out: Vec<Grid> = groups
        .into_iter()
        .map(|(_, g)| g)
        // One box is a frame around text, not a table.
        .filter(|g| g.cells.len() >= 2)
        .collect();
    out.sort_by(|a, b| b.top().total_cmp(&a.top()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(y: f32, x0: f32, x1: f32) -> Rule {
        Rule {
            horizontal: true,
            pos: y,
            lo: x0,
            hi: x1,
        }
    }

    fn v(x: f32, y0: f32, y1: f32) -> Rule {
        Rule {
            horizontal: false,
            pos: x,
            lo: y0,
            hi: y1,
        }
    }

    #[test]
    fn cells_with_spans_and_a_separate_frame() {
        // Row 0: one cell over both columns; row 1: two cells. Borders drawn per cell with
        // rounding, as exporters do. A lone frame below is not a table.
        let rules = vec![
            h(700.0, 100.0, 300.0),
            h(680.1, 100.0, 200.0),
            h(679.9, 200.0, 300.0),
            h(660.0, 100.0, 300.0),
            v(100.0, 659.9, 700.1),
            v(300.2, 660.0, 700.0),
            v(200.0, 660.0, 680.0),
            h(600.0, 100.0, 300.0),
            h(500.0, 100.0, 300.0),
            v(100.0, 500.0, 600.0),
            v(300.0, 500.0, 600.0),
        ];
        let grids = grids(&rules);
        assert_eq!(grids.len(), 1, "{grids:#?}");
        let mut cells = grids[0].cells.clone();
        cells.sort_by_key(|c| (c.row, c.col));
        let spans: Vec<(usize, usize, usize, usize)> = cells
            .iter()
            .map(|c| (c.row, c.row_end, c.col, c.col_end))
            .collect();
        assert_eq!(spans, vec![(0, 1, 0, 2), (1, 2, 0, 1), (1, 2, 1, 2)]);
        assert!(cells[0].contains(250.0, 690.0));
        assert!(!cells[1].contains(250.0, 670.0));
    }

    #[test]
    fn vertical_merge_and_underlines() {
        let rules = vec![
            h(300.0, 0.0, 200.0),
            h(250.0, 100.0, 200.0),
            h(200.0, 0.0, 200.0),
            v(0.0, 200.0, 300.0),
            v(100.0, 200.0, 300.0),
            v(200.0, 200.0, 300.0),
            // An underline elsewhere joins nothing.
            h(100.0, 20.0, 80.0),
        ];
        let grids = grids(&rules);
        assert_eq!(grids.len(), 1);
        let mut spans: Vec<(usize, usize, usize, usize)> = grids[0]
            .cells
            .iter()
            .map(|c| (c.row, c.row_end, c.col, c.col_end))
            .collect();
        spans.sort();
        assert_eq!(spans, vec![(0, 1, 1, 2), (0, 2, 0, 1), (1, 2, 1, 2)]);
        assert!(super::grids(&[h(1.0, 0.0, 9.0), v(0.0, 0.0, 9.0)]).is_empty());
    }

    #[test]
    fn touching_tables_stay_apart() {
        // A page-header table (700..650) drawn right above a body table (649.8..600), with
        // verticals that overlap: two tables, not one.
        let mut rules = Vec::new();
        for (top, bottom) in [(700.0, 650.0), (649.8, 600.0)] {
            rules.push(h(top, 0.0, 300.0));
            rules.push(h(bottom, 0.0, 300.0));
            for x in [0.0, 100.0, 300.0] {
                rules.push(v(x, bottom - 0.1, top + 0.1));
            }
        }
        let grids = grids(&rules);
        assert_eq!(grids.len(), 2, "{grids:#?}");
        assert!(grids.iter().all(|g| g.cells.len() == 2));
        assert!(grids[0].top() > grids[1].top());
    }
}

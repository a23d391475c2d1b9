//! Page assembly: text inside ruled tables becomes table cells, the rest paragraphs, in
//! reading order (top to bottom; a table stands where its top border is).
//!
//! Without this, glyphs on one baseline are merged across columns and a wrapped cover title
//! is interleaved with the field block next to it.

use super::content::Fragment;
use super::grid::{self, Cell, Grid, Rule};
use super::layout::{self, Line, Para};

/// Padding assumed at most between a cell border and its text (Word and LibreOffice use
/// 0.19 cm ≈ 5.4 pt by default).
const MAX_PAD: f32 = 6.0;
/// Width of a space as a share of the font size, for the word-wrap test.
const SPACE: f32 = 0.25;

/// One piece of a page in reading order.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Item {
    Para(Para),
    /// Rows of cells; a cell's paragraphs are joined with '\n'.
    Table(Vec<Vec<String>>),
}

/// Lays a page out. `rules` is `None` when the page had too many path segments to look for
/// tables.
pub(super) fn page_items(frags: Vec<Fragment>, rules: Option<&[Rule]>) -> Vec<Item> {
    let grids = rules.map(grid::grids).unwrap_or_default();
    let mut per_cell: Vec<Vec<Vec<Fragment>>> = grids
        .iter()
        .map(|g| vec![Vec::new(); g.cells.len()])
        .collect();
    let mut rest = Vec::with_capacity(frags.len());
    for f in frags {
        match locate(&grids, &f) {
            Some((t, c)) => per_cell[t][c].push(f),
            None => rest.push(f),
        }
    }
    let mut tables: Vec<(f32, Vec<Vec<String>>)> = Vec::new();
    for (g, cell_frags) in grids.iter().zip(per_cell) {
        if cell_frags.iter().all(Vec::is_empty) {
            continue;
        }
        let texts: Vec<String> = g
            .cells
            .iter()
            .zip(cell_frags)
            .map(|(cell, frags)| cell_text(&layout::lines(frags), cell.x0, cell.x1))
            .collect();
        let rows = rows(g, &texts);
        if !rows.is_empty() {
            tables.push((g.top(), rows));
        }
    }
    let lines = layout::lines(rest);
    // Lines above a table's top border come before it; rotated lines come last, as before.
    let groups: Vec<usize> = lines
        .iter()
        .map(|l| {
            if l.rot != 0 {
                tables.len()
            } else {
                tables.iter().filter(|(top, _)| *top > l.y).count()
            }
        })
        .collect();
    let mut paras = layout::paragraphs_in_groups(&lines, &groups)
        .into_iter()
        .peekable();
    let mut out = Vec::new();
    for (t, (_, rows)) in tables.into_iter().enumerate() {
        while let Some((_, p)) = paras.next_if(|(g, _)| *g <= t) {
            out.push(Item::Para(p));
        }
        out.push(Item::Table(rows));
    }
    out.extend(paras.map(|(_, p)| Item::Para(p)));
    out
}

/// The table and cell a fragment belongs to: its centre is in the cell and it does not reach
/// far over the cell's borders (text running across a table is not the table's).
fn locate(grids: &[Grid], f: &Fragment) -> Option<(usize, usize)> {
    if f.rot != 0 {
        return None;
    }
    let (cx, cy) = ((f.x0 + f.x1) / 2.0, f.y + 0.3 * f.size);
    let slack = (0.3 * f.size).max(2.0);
    for (t, g) in grids.iter().enumerate() {
        if cx < g.left() || cx > g.right() || cy < g.bottom() || cy > g.top() {
            continue;
        }
        let hit = g.cells.iter().position(|c: &Cell| {
            c.contains(cx, cy) && f.x0 >= c.x0 - slack && f.x1 <= c.x1 + slack
        });
        if let Some(c) = hit {
            return Some((t, c));
        }
    }
    None
}

/// Grid rows top to bottom, cells left to right; a cell merged down from the row above shows
/// as an empty cell, as the DOCX reader gives it. Rows with no text are dropped.
fn rows(g: &Grid, texts: &[String]) -> Vec<Vec<String>> {
    let mut starts: Vec<usize> = g.cells.iter().map(|c| c.row).collect();
    starts.sort_unstable();
    starts.dedup();
    let mut out = Vec::new();
    for r in starts {
        let mut row: Vec<(usize, &str)> = g
            .cells
            .iter()
            .zip(texts)
            .filter(|(c, _)| c.row <= r && r < c.row_end)
            .map(|(c, t)| (c.col, if c.row == r { t.as_str() } else { "" }))
            .collect();
        if row.iter().all(|(_, t)| t.is_empty()) {
            continue;
        }
        row.sort_by_key(|(col, _)| *col);
        out.push(row.into_iter().map(|(_, t)| t.to_string()).collect());
    }
    out
}

/// A cell's text: lines that were wrapped by the layout are joined with a space, deliberate
/// breaks (the next word would have fitted) and list items start a new paragraph ('\n').
fn cell_text(lines: &[Line], x0: f32, x1: f32) -> String {
    let lines: Vec<&Line> = lines.iter().filter(|l| !l.text.is_empty()).collect();
    if lines.is_empty() {
        return String::new();
    }
    let left = lines.iter().map(|l| l.x0).fold(f32::MAX, f32::min) - x0;
    let right = x1 - lines.iter().map(|l| l.x1).fold(f32::MIN, f32::max);
    let pad = left.min(right).clamp(0.0, MAX_PAD);
    let inner = (x1 - x0) - 2.0 * pad;
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if let Some(prev) = i.checked_sub(1).map(|p| lines[p]) {
            let size = prev.size.max(line.size);
            // A code broken after a hyphen ("QT-SCT-TTr-" / "01") was one word that did not fit.
            let fits_after = (prev.x1 - prev.x0) + SPACE * size + line.first_word <= inner - 1.0;
            let same_style = prev.rot == line.rot
                && prev.y - line.y <= 1.8 * size
                && (prev.size - line.size).abs() <= 0.15 * size;
            let wrapped = same_style
                && (ends_in_code_hyphen(&prev.text)
                    || (!fits_after
                        && !layout::starts_item(&line.text)
                        && !starts_label(&line.text)));
            if !wrapped {
                out.push('\n');
            } else if !ends_in_code_hyphen(&prev.text) {
                out.push(' ');
            }
        }
        out.push_str(&line.text.replace('\t', " "));
    }
    out
}

/// Starts with a field label ("Lần ban hành: 02", "Trang: 1/5"): field blocks put one field
/// per line, and the next label rarely fits on the line before, so the wrap test alone would
/// join them.
fn starts_label(text: &str) -> bool {
    let Some(colon) = text.find(':') else {
        return false;
    };
    let label = &text[..colon];
    label.chars().count() <= 30
        && label.split_whitespace().count() <= 4
        && label.chars().last().is_some_and(char::is_alphabetic)
}

/// "QT-SCT-" at the end of a line continues on the next line without a space.
fn ends_in_code_hyphen(text: &str) -> bool {
    let mut rev = text.chars().rev();
    matches!(rev.next(), Some('-' | '/' | '.')) && rev.next().is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frag(text: &str, x0: f32, y: f32) -> Fragment {
        Fragment {
            text: text.into(),
            x0,
            x1: x0 + 6.0 * text.chars().count() as f32,
            y,
            size: 12.0,
            rot: 0,
            bold: false,
            space_before: false,
            space_after: true,
        }
    }

    fn rule(horizontal: bool, pos: f32, lo: f32, hi: f32) -> Rule {
        Rule {
            horizontal,
            pos,
            lo,
            hi,
        }
    }

    /// A 2-column ruled table between y 700 and 600 (x 100..400, split at 250), with a
    /// paragraph above, one below and one running across the page at the table's height.
    #[test]
    fn table_cells_and_paragraphs_in_reading_order() {
        let rules = vec![
            rule(true, 700.0, 100.0, 400.0),
            rule(true, 600.0, 100.0, 400.0),
            rule(false, 100.0, 600.0, 700.0),
            rule(false, 250.0, 600.0, 700.0),
            rule(false, 400.0, 600.0, 700.0),
        ];
        // Cell 1 is 150 wide with ~5 pt padding: 140 pt for text, 23 characters of 6 pt.
        let frags = vec![
            frag("Trước", 100.0, 750.0),
            frag("QUY", 106.0, 680.0),
            frag("TRÌNH", 130.0, 680.0),
            frag("HÀNH", 166.0, 680.0),
            frag("ĐỘNG", 196.0, 680.0),
            frag("PHÒNG", 106.0, 665.0),
            frag("NGỪA", 146.0, 665.0),
            frag("Mã", 256.0, 680.0),
            frag("hiệu:", 274.0, 680.0),
            frag("QT-06", 310.0, 680.0),
            frag("Trang:", 256.0, 665.0),
            frag("1/5", 298.0, 665.0),
            frag("Sau", 100.0, 550.0),
        ];
        let items = page_items(frags, Some(&rules));
        let Some(Item::Table(rows)) = items.get(1) else {
            panic!("{items:#?}");
        };
        assert_eq!(
            rows,
            &vec![vec![
                "QUY TRÌNH HÀNH ĐỘNG PHÒNG NGỪA".to_string(),
                "Mã hiệu: QT-06\nTrang: 1/5".to_string()
            ]]
        );
        assert!(matches!(&items[0], Item::Para(p) if p.text == "Trước"));
        assert!(matches!(&items[2], Item::Para(p) if p.text == "Sau"));
        assert_eq!(items.len(), 3);
        // Without rules (too many segments) the same page is paragraphs only.
        let plain = page_items(vec![frag("Mã", 256.0, 680.0)], None);
        assert!(matches!(&plain[..], [Item::Para(_)]));
    }

    #[test]
    fn text_across_the_table_stays_a_paragraph() {
        let rules = vec![
            rule(true, 700.0, 100.0, 400.0),
            rule(true, 600.0, 100.0, 400.0),
            rule(false, 100.0, 600.0, 700.0),
            rule(false, 250.0, 600.0, 700.0),
            rule(false, 400.0, 600.0, 700.0),
        ];
        let long = "x".repeat(60);
        let items = page_items(vec![frag(&long, 60.0, 650.0)], Some(&rules));
        assert!(
            matches!(&items[..], [Item::Para(p)] if p.text == long),
            "{items:#?}"
        );
    }

    #[test]
    fn deliberate_breaks_and_code_hyphens() {
        let mk = |text: &str, x0: f32, y: f32| Line {
            text: text.into(),
            y,
            x0,
            x1: x0 + 6.0 * text.chars().count() as f32,
            size: 12.0,
            rot: 0,
            bold_share: 0.0,
            first_word: 6.0 * text.split(' ').next().unwrap_or("").chars().count() as f32,
        };
        // A 120 pt cell: "Mã hiệu: QT-SCT-" + "ATNL-02" and "Ngày ban hành:" + "20/04/2019"
        // were wrapped; "Lần" would have fitted after "ATNL-02", so that was a break; a label
        // or a list item starts a new paragraph even where the wrap test cannot tell.
        let lines = vec![
            mk("Mã hiệu: QT-SCT-", 5.0, 700.0),
            mk("ATNL-", 5.0, 686.0),
            mk("02", 5.0, 686.0),
            mk("Lần ban hành: 02", 5.0, 672.0),
            mk("Ngày ban hành:", 5.0, 658.0),
            mk("20/04/2019", 5.0, 644.0),
            mk("Trang: 1/4 đến hết", 5.0, 630.0),
            mk("- một mục", 5.0, 616.0),
            mk("dòng ngắn", 5.0, 602.0),
        ];
        assert_eq!(
            cell_text(&lines, 0.0, 120.0),
            "Mã hiệu: QT-SCT-ATNL-02\nLần ban hành: 02\nNgày ban hành: 20/04/2019\nTrang: 1/4 đến hết\n- một mục\ndòng ngắn"
        );
        assert!(starts_label("Ký hiệu: QT.TP.04"));
        assert!(!starts_label("08:00 ngày 15/5"));
        assert!(!starts_label(
            "Việc này được thực hiện theo các bước sau: một"
        ));
    }
}

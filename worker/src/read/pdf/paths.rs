//! Path construction and painting reduced to what table detection needs: straight horizontal
//! and vertical ruling segments in page space.
//!
//! Word and LibreOffice draw table borders either as stroked lines (`m`/`l`/`S`), stroked
//! rectangles (`re S`) or thin filled rectangles (`re f`); all three become [`Rule`]s. Curves,
//! slanted lines and large filled areas (shading, backgrounds) are not rules and are dropped.

use super::grid::Rule;

/// Segments (and path points) considered per page; beyond it a page is a drawing, not a
/// document page, and table detection is skipped for it.
pub(super) const MAX_PATH_SEGMENTS: usize = 20_000;
/// A filled rectangle at most this thick (user space units) is a drawn line.
const THIN: f32 = 3.0;
/// Segments shorter than this are dots, ticks or glyph parts.
const MIN_LEN: f32 = 2.0;
/// How far from exactly horizontal/vertical a segment may lean and still be a rule.
const SLANT: f32 = 0.5;

#[derive(Debug, Default)]
struct SubPath {
    points: Vec<(f32, f32)>,
    curved: bool,
    closed: bool,
}

/// The path under construction, in page space (points are transformed when they are added).
#[derive(Debug, Default)]
pub(super) struct PathBuilder {
    subpaths: Vec<SubPath>,
}

/// Where painted rules go, with the page's segment budget.
#[derive(Debug, Default)]
pub(super) struct RuleSink {
    pub rules: Vec<Rule>,
    /// Segments and points seen on this page (painted or not).
    pub considered: usize,
    /// The budget ran out; the page's rules are incomplete and must not be used.
    pub overflow: bool,
}

impl RuleSink {
    fn spend(&mut self, n: usize) -> bool {
        self.considered = self.considered.saturating_add(n);
        if self.considered > MAX_PATH_SEGMENTS {
            self.overflow = true;
        }
        !self.overflow
    }
}

impl PathBuilder {
    pub fn move_to(&mut self, p: (f32, f32), sink: &mut RuleSink) {
        if !sink.spend(1) {
            return;
        }
        self.subpaths.push(SubPath {
            points: vec![p],
            ..SubPath::default()
        });
    }

    pub fn line_to(&mut self, p: (f32, f32), sink: &mut RuleSink) {
        if !sink.spend(1) {
            return;
        }
        match self.subpaths.last_mut() {
            Some(sp) if !sp.closed => sp.points.push(p),
            _ => self.subpaths.push(SubPath {
                points: vec![p],
                ..SubPath::default()
            }),
        }
    }

    /// A curve segment: only its end point is kept, and the subpath no longer counts as
    /// made of straight lines (rounded frames are not table borders).
    pub fn curve_to(&mut self, p: (f32, f32), sink: &mut RuleSink) {
        self.line_to(p, sink);
        if let Some(sp) = self.subpaths.last_mut() {
            sp.curved = true;
        }
    }

    pub fn close(&mut self) {
        if let Some(sp) = self.subpaths.last_mut() {
            sp.closed = true;
        }
    }

    /// A rectangle given by its four corners already in page space.
    pub fn rect(&mut self, corners: [(f32, f32); 4], sink: &mut RuleSink) {
        if !sink.spend(4) {
            return;
        }
        self.subpaths.push(SubPath {
            points: corners.to_vec(),
            curved: false,
            closed: true,
        });
    }

    /// Paints and ends the path: stroked straight segments and thin filled rectangles become
    /// rules.
    pub fn paint(&mut self, stroke: bool, fill: bool, sink: &mut RuleSink) {
        for sp in std::mem::take(&mut self.subpaths) {
            if sink.overflow {
                return;
            }
            if stroke && !sp.curved {
                let n = sp.points.len();
                let edges = if sp.closed { n } else { n.saturating_sub(1) };
                for i in 0..edges {
                    let (a, b) = (sp.points[i], sp.points[(i + 1) % n]);
                    if let Some(rule) = segment_rule(a, b) {
                        sink.rules.push(rule);
                    }
                }
            } else if fill
                && !sp.curved
                && let Some(rule) = thin_box_rule(&sp.points)
            {
                sink.rules.push(rule);
            }
        }
    }

    /// Ends the path without painting (`n`, usually after a clip).
    pub fn discard(&mut self) {
        self.subpaths.clear();
    }
}

fn segment_rule(a: (f32, f32), b: (f32, f32)) -> Option<Rule> {
    let (dx, dy) = ((b.0 - a.0).abs(), (b.1 - a.1).abs());
    if dy <= SLANT && dx >= MIN_LEN {
        Some(Rule {
            horizontal: true,
            pos: (a.1 + b.1) / 2.0,
            lo: a.0.min(b.0),
            hi: a.0.max(b.0),
        })
    } else if dx <= SLANT && dy >= MIN_LEN {
        Some(Rule {
            horizontal: false,
            pos: (a.0 + b.0) / 2.0,
            lo: a.1.min(b.1),
            hi: a.1.max(b.1),
        })
    } else {
        None
    }
}

/// The centre line of a filled axis-aligned rectangle that is thin enough to be a line.
fn thin_box_rule(points: &[(f32, f32)]) -> Option<Rule> {
    if points.len() < 3 || points.len() > 5 {
        return None;
    }
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for &(x, y) in points {
        x0 = x0.min(x);
        y0 = y0.min(y);
        x1 = x1.max(x);
        y1 = y1.max(y);
    }
    // Every point must sit on a corner of the bounding box, or the shape is not a rectangle.
    let on_corner = |&(x, y): &(f32, f32)| {
        ((x - x0).abs() <= SLANT || (x - x1).abs() <= SLANT)
            && ((y - y0).abs() <= SLANT || (y - y1).abs() <= SLANT)
    };
    if !points.iter().all(on_corner) {
        return None;
    }
    let (w, h) = (x1 - x0, y1 - y0);
    if h <= THIN && w >= MIN_LEN && w > h {
        Some(Rule {
            horizontal: true,
            pos: (y0 + y1) / 2.0,
            lo: x0,
            hi: x1,
        })
    } else if w <= THIN && h >= MIN_LEN && h > w {
        Some(Rule {
            horizontal: false,
            pos: (x0 + x1) / 2.0,
            lo: y0,
            hi: y1,
        })
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strokes_and_thin_fills_become_rules() {
        let mut sink = RuleSink::default();
        let mut path = PathBuilder::default();
        path.move_to((10.0, 100.0), &mut sink);
        path.line_to((200.0, 100.0), &mut sink);
        path.line_to((200.0, 40.0), &mut sink);
        path.line_to((150.0, 10.0), &mut sink); // slanted: dropped
        path.paint(true, false, &mut sink);
        path.rect(
            [(10.0, 50.0), (200.0, 50.0), (200.0, 50.5), (10.0, 50.5)],
            &mut sink,
        );
        path.rect(
            [(0.0, 0.0), (300.0, 0.0), (300.0, 300.0), (0.0, 300.0)],
            &mut sink,
        ); // a background: not a rule
        path.paint(false, true, &mut sink);
        path.move_to((0.0, 0.0), &mut sink);
        path.line_to((100.0, 0.0), &mut sink);
        path.discard();
        path.paint(true, true, &mut sink);
        assert_eq!(
            sink.rules,
            vec![
                Rule {
                    horizontal: true,
                    pos: 100.0,
                    lo: 10.0,
                    hi: 200.0
                },
                Rule {
                    horizontal: false,
                    pos: 200.0,
                    lo: 40.0,
                    hi: 100.0
                },
                Rule {
                    horizontal: true,
                    pos: 50.25,
                    lo: 10.0,
                    hi: 200.0
                },
            ]
        );
        assert!(!sink.overflow);
    }

    #[test]
    fn budget_stops_collection() {
        let mut sink = RuleSink::default();
        let mut path = PathBuilder::default();
        for i in 0..(MAX_PATH_SEGMENTS / 2 + 10) {
            path.move_to((0.0, i as f32), &mut sink);
            path.line_to((50.0, i as f32), &mut sink);
        }
        path.paint(true, false, &mut sink);
        assert!(sink.overflow);
        assert!(sink.rules.len() <= MAX_PATH_SEGMENTS);
    }
}

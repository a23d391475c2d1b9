//! Content-stream interpretation: text state, matrices and form XObjects, producing positioned
//! text fragments for layout.

use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;
use std::time::Instant;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};

use super::fonts::{self, Font};
use super::objects::{deref, get, name_of, num, stream_bytes};
use super::paths::{PathBuilder, RuleSink};
use crate::read::{LegacyEncoding, Limits, ReadError};

/// Operations between two deadline checks.
const OPS_PER_CHECK: u64 = 2048;
/// Deepest `q` nesting kept; further saves are ignored rather than growing without bound.
const MAX_GSTATE_STACK: usize = 512;

type Matrix = [f32; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

fn mul(m1: &Matrix, m2: &Matrix) -> Matrix {
    [
        m1[0] * m2[0] + m1[1] * m2[2],
        m1[0] * m2[1] + m1[1] * m2[3],
        m1[2] * m2[0] + m1[3] * m2[2],
        m1[2] * m2[1] + m1[3] * m2[3],
        m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
        m1[4] * m2[1] + m1[5] * m2[3] + m2[5],
    ]
}

fn apply(m: &Matrix, x: f32, y: f32) -> (f32, f32) {
    (x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5])
}

/// A run of glyphs that touch each other, in a frame where its baseline is horizontal.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Fragment {
    pub text: String,
    pub x0: f32,
    pub x1: f32,
    /// Baseline position; larger is higher on the page.
    pub y: f32,
    /// Effective font size in user space units.
    pub size: f32,
    /// Writing direction in quarter turns (0 = left to right, horizontal).
    pub rot: u8,
    pub bold: bool,
    /// A space glyph was shown right before / after this fragment.
    pub space_before: bool,
    pub space_after: bool,
}

/// What one page's content yielded.
#[derive(Debug, Default)]
pub(super) struct PageContent {
    pub fragments: Vec<Fragment>,
    pub images: usize,
    pub unmapped_glyphs: usize,
    pub skipped_forms: usize,
    /// Ruling lines painted on the page (table borders among them).
    pub rules: RuleSink,
}

#[derive(Clone)]
struct GState {
    ctm: Matrix,
    tc: f32,
    tw: f32,
    th: f32,
    tl: f32,
    tfs: f32,
    trise: f32,
    font: Option<Rc<Font>>,
}

impl GState {
    fn new(ctm: Matrix) -> Self {
        GState {
            ctm,
            tc: 0.0,
            tw: 0.0,
            th: 1.0,
            tl: 0.0,
            tfs: 0.0,
            trise: 0.0,
            font: None,
        }
    }
}

/// Interprets pages of one document, caching fonts by object id across pages.
pub(super) struct Interpreter<'a> {
    doc: &'a Document,
    max_stream: usize,
    max_depth: usize,
    max_chars: usize,
    deadline: Instant,
    budget_secs: u64,
    fonts: HashMap<ObjectId, Rc<Font>>,
    ops: u64,
    /// Every font name used to show text.
    pub font_names: BTreeSet<String>,
    /// Legacy encodings that were decoded.
    pub legacy: BTreeSet<LegacyEncoding>,
    /// Characters kept so far; text beyond the limit is dropped.
    pub chars: usize,
    pub truncated: bool,
}

impl<'a> Interpreter<'a> {
    pub fn new(doc: &'a Document, limits: &Limits, deadline: Instant) -> Self {
        Interpreter {
            doc,
            max_stream: usize::try_from(limits.max_stream_bytes).unwrap_or(usize::MAX),
            max_depth: limits.max_pdf_depth,
            max_chars: limits.max_text_chars,
            deadline,
            budget_secs: limits.time_budget_secs,
            fonts: HashMap::new(),
            ops: 0,
            font_names: BTreeSet::new(),
            legacy: BTreeSet::new(),
            chars: 0,
            truncated: false,
        }
    }

    /// Interprets a page's content bytes with its resource dictionaries (nearest first).
    pub fn page(
        &mut self,
        content: &[u8],
        resources: Vec<&'a Dictionary>,
    ) -> Result<PageContent, ReadError> {
        let mut out = PageContent::default();
        let mut forms = Vec::new();
        self.run(
            content,
            &resources,
            GState::new(IDENTITY),
            0,
            &mut forms,
            &mut out,
        )?;
        Ok(out)
    }

    fn check_deadline(&mut self) -> Result<(), ReadError> {
        self.ops += 1;
        if self.ops.is_multiple_of(OPS_PER_CHECK) && Instant::now() > self.deadline {
            return Err(ReadError::Timeout(self.budget_secs));
        }
        Ok(())
    }

    fn resource(
        &self,
        resources: &[&'a Dictionary],
        category: &[u8],
        name: &[u8],
    ) -> Option<&'a Object> {
        let doc = self.doc;
        resources
            .iter()
            .find_map(|res| match get(doc, res, category) {
                Some(Object::Dictionary(d)) => d.get(name).ok(),
                _ => None,
            })
    }

    fn font(&mut self, resources: &[&'a Dictionary], name: &[u8]) -> Option<Rc<Font>> {
        let entry = self.resource(resources, b"Font", name)?;
        if let Object::Reference(id) = entry
            && let Some(f) = self.fonts.get(id)
        {
            return Some(f.clone());
        }
        let dict = deref(self.doc, entry)?.as_dict().ok()?;
        let font = Rc::new(fonts::load(self.doc, dict, self.max_stream));
        if let Object::Reference(id) = entry {
            self.fonts.insert(*id, font.clone());
        }
        Some(font)
    }

    fn run(
        &mut self,
        content: &[u8],
        resources: &[&'a Dictionary],
        mut gs: GState,
        depth: usize,
        forms: &mut Vec<ObjectId>,
        out: &mut PageContent,
    ) -> Result<(), ReadError> {
        let mut stack: Vec<GState> = Vec::new();
        let mut local_fonts: HashMap<Vec<u8>, Option<Rc<Font>>> = HashMap::new();
        let mut tm = IDENTITY;
        let mut tlm = IDENTITY;
        let mut path = PathBuilder::default();
        for op in Content::decode_iter(content) {
            self.check_deadline()?;
            let Ok(op) = op else { break };
            let ops = &op.operands;
            let n = |i: usize| ops.get(i).and_then(num).unwrap_or(0.0);
            match op.operator.as_str() {
                "q" if stack.len() < MAX_GSTATE_STACK => stack.push(gs.clone()),
                "Q" => {
                    if let Some(saved) = stack.pop() {
                        gs = saved;
                    }
                }
                "cm" if ops.len() == 6 => {
                    let m = [n(0), n(1), n(2), n(3), n(4), n(5)];
                    gs.ctm = mul(&m, &gs.ctm);
                }
                "BT" => {
                    tm = IDENTITY;
                    tlm = IDENTITY;
                }
                "Tf" => {
                    gs.tfs = n(1);
                    if let Some(Object::Name(name)) = ops.first() {
                        let font = match local_fonts.get(name) {
                            Some(f) => f.clone(),
                            None => {
                                let f = self.font(resources, name);
                                local_fonts.insert(name.clone(), f.clone());
                                f
                            }
                        };
                        if let Some(f) = &font
                            && !f.name.is_empty()
                            && !f.name.contains('\u{FFFD}')
                            && !self.font_names.contains(&f.name)
                        {
                            self.font_names.insert(f.name.clone());
                        }
                        gs.font = font;
                    }
                }
                "Tc" => gs.tc = n(0),
                "Tw" => gs.tw = n(0),
                "Tz" => gs.th = n(0) / 100.0,
                "TL" => gs.tl = n(0),
                "Ts" => gs.trise = n(0),
                "Td" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, n(0), n(1)], &tlm);
                    tm = tlm;
                }
                "TD" => {
                    gs.tl = -n(1);
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, n(0), n(1)], &tlm);
                    tm = tlm;
                }
                "Tm" if ops.len() == 6 => {
                    tlm = [n(0), n(1), n(2), n(3), n(4), n(5)];
                    tm = tlm;
                }
                "T*" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.tl], &tlm);
                    tm = tlm;
                }
                "Tj" => {
                    if let Some(Object::String(s, _)) = ops.first() {
                        self.show(s, &gs, &mut tm, out);
                    }
                }
                "'" | "\"" => {
                    if op.operator == "\"" {
                        gs.tw = n(0);
                        gs.tc = n(1);
                    }
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.tl], &tlm);
                    tm = tlm;
                    if let Some(Object::String(s, _)) = ops.last() {
                        self.show(s, &gs, &mut tm, out);
                    }
                }
                "TJ" => {
                    if let Some(Object::Array(items)) = ops.first() {
                        for item in items {
                            match item {
                                Object::String(s, _) => self.show(s, &gs, &mut tm, out),
                                other => {
                                    if let Some(adj) = num(other) {
                                        let tx = -adj / 1000.0 * gs.tfs * gs.th;
                                        tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &tm);
                                    }
                                }
                            }
                        }
                    }
                }
                "m" | "l" | "c" | "v" | "y" if ops.len() >= 2 => {
                    let k = ops.len() - 2;
                    let p = apply(&gs.ctm, n(k), n(k + 1));
                    match op.operator.as_str() {
                        "m" => path.move_to(p, &mut out.rules),
                        "l" => path.line_to(p, &mut out.rules),
                        _ => path.curve_to(p, &mut out.rules),
                    }
                }
                "h" => path.close(),
                "re" if ops.len() == 4 => {
                    let (x, y, w, h) = (n(0), n(1), n(2), n(3));
                    let corners = [
                        apply(&gs.ctm, x, y),
                        apply(&gs.ctm, x + w, y),
                        apply(&gs.ctm, x + w, y + h),
                        apply(&gs.ctm, x, y + h),
                    ];
                    path.rect(corners, &mut out.rules);
                }
                "S" => path.paint(true, false, &mut out.rules),
                "s" => {
                    path.close();
                    path.paint(true, false, &mut out.rules);
                }
                "f" | "F" | "f*" => path.paint(false, true, &mut out.rules),
                "B" | "B*" => path.paint(true, true, &mut out.rules),
                "b" | "b*" => {
                    path.close();
                    path.paint(true, true, &mut out.rules);
                }
                "n" => path.discard(),
                "BI" => out.images += 1,
                "Do" => {
                    let Some(Object::Name(name)) = ops.first() else {
                        continue;
                    };
                    let Some(entry) = self.resource(resources, b"XObject", name) else {
                        continue;
                    };
                    let id = match entry {
                        Object::Reference(id) => Some(*id),
                        _ => None,
                    };
                    let Some(Object::Stream(stream)) = deref(self.doc, entry) else {
                        continue;
                    };
                    match get(self.doc, &stream.dict, b"Subtype").and_then(name_of) {
                        Some(b"Image") => out.images += 1,
                        Some(b"Form") => {
                            if depth + 1 >= self.max_depth
                                || id.is_some_and(|id| forms.contains(&id))
                            {
                                out.skipped_forms += 1;
                                continue;
                            }
                            let Some(bytes) = stream_bytes(
                                deref(self.doc, entry).unwrap_or(entry),
                                self.max_stream,
                            ) else {
                                return Err(ReadError::Bomb(format!(
                                    "a form XObject inflates beyond {} bytes",
                                    self.max_stream
                                )));
                            };
                            let matrix = match get(self.doc, &stream.dict, b"Matrix") {
                                Some(Object::Array(m)) if m.len() == 6 => {
                                    let v: Vec<f32> =
                                        m.iter().map(|o| num(o).unwrap_or(0.0)).collect();
                                    [v[0], v[1], v[2], v[3], v[4], v[5]]
                                }
                                _ => IDENTITY,
                            };
                            let form_res: Vec<&'a Dictionary> =
                                match get(self.doc, &stream.dict, b"Resources") {
                                    Some(Object::Dictionary(d)) => vec![d],
                                    _ => resources.to_vec(),
                                };
                            let mut inner = gs.clone();
                            inner.ctm = mul(&matrix, &gs.ctm);
                            if let Some(id) = id {
                                forms.push(id);
                            }
                            let result = self.run(&bytes, &form_res, inner, depth + 1, forms, out);
                            if id.is_some() {
                                forms.pop();
                            }
                            result?;
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn show(&mut self, bytes: &[u8], gs: &GState, tm: &mut Matrix, out: &mut PageContent) {
        let Some(font) = gs.font.clone() else { return };
        let mut cur: Option<Fragment> = None;
        let mut pending_space = false;
        let mut finished: Vec<Fragment> = Vec::new();
        let mut unmapped = 0usize;
        font.decode(bytes, |g| {
            let m = mul(tm, &gs.ctm);
            let advance = g.width * gs.tfs * gs.th;
            let tx = (g.width * gs.tfs + gs.tc + if g.word_space { gs.tw } else { 0.0 }) * gs.th;
            let (ox, oy) = apply(&m, 0.0, gs.trise);
            let (ex, ey) = apply(&m, advance, gs.trise);
            *tm = [
                tm[0],
                tm[1],
                tm[2],
                tm[3],
                tm[4] + tx * tm[0],
                tm[5] + tx * tm[1],
            ];
            let Some(text) = g.text else {
                unmapped += 1;
                return;
            };
            if text.chars().all(char::is_whitespace) {
                match cur.take() {
                    Some(mut f) => {
                        f.space_after = true;
                        finished.push(f);
                    }
                    None => pending_space = true,
                }
                return;
            }
            let size = (gs.tfs * m[2].hypot(m[3])).abs().max(0.01);
            let rot = quarter_turns(m[0], m[1]);
            let (fx0, fy) = frame(rot, ox, oy);
            let (fx1, _) = frame(rot, ex, ey);
            let (x0, x1) = if fx1 >= fx0 { (fx0, fx1) } else { (fx1, fx0) };
            if let Some(f) = &mut cur {
                let gap = x0 - f.x1;
                if f.rot == rot && (fy - f.y).abs() < 0.05 * size && gap.abs() < 0.12 * size {
                    push_clean(&mut f.text, text);
                    f.x1 = f.x1.max(x1);
                    return;
                }
                if let Some(done) = cur.take() {
                    finished.push(done);
                }
            }
            let mut f = Fragment {
                text: String::new(),
                x0,
                x1,
                y: fy,
                size,
                rot,
                bold: font.bold,
                space_before: std::mem::take(&mut pending_space),
                space_after: false,
            };
            push_clean(&mut f.text, text);
            cur = Some(f);
        });
        if let Some(f) = cur {
            finished.push(f);
        }
        out.unmapped_glyphs += unmapped;
        for mut f in finished {
            if f.text.is_empty() {
                continue;
            }
            if let Some(enc) = font.legacy {
                f.text = crate::vntext::legacy::decode(&f.text, enc);
                self.legacy.insert(enc);
            }
            if self.truncated {
                return;
            }
            self.chars += f.text.len();
            if self.chars > self.max_chars {
                self.truncated = true;
                return;
            }
            out.fragments.push(f);
        }
    }
}

/// Appends glyph text without control characters or replacement characters.
fn push_clean(out: &mut String, text: &str) {
    if text
        .chars()
        .all(|c| !c.is_control() && c != '\u{FFFD}' && c != '\u{FEFF}')
    {
        out.push_str(text);
    } else {
        out.extend(
            text.chars()
                .filter(|c| !c.is_control() && *c != '\u{FFFD}' && *c != '\u{FEFF}'),
        );
    }
}

/// The writing direction of a text matrix, rounded to quarter turns.
fn quarter_turns(a: f32, b: f32) -> u8 {
    let angle = b.atan2(a).to_degrees();
    (((angle / 90.0).round() as i32).rem_euclid(4)) as u8
}

/// Rotates a point so that text written in direction `rot` runs left to right.
fn frame(rot: u8, x: f32, y: f32) -> (f32, f32) {
    match rot {
        1 => (y, -x),
        2 => (-x, -y),
        3 => (-y, x),
        _ => (x, y),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matrices_compose_like_pdf() {
        let translate = [1.0, 0.0, 0.0, 1.0, 10.0, 20.0];
        let scale = [2.0, 0.0, 0.0, 2.0, 0.0, 0.0];
        assert_eq!(apply(&mul(&translate, &scale), 1.0, 1.0), (22.0, 42.0));
        assert_eq!(quarter_turns(0.0, 1.0), 1);
        assert_eq!(quarter_turns(-1.0, 0.0), 2);
        assert_eq!(frame(1, 5.0, 7.0), (7.0, -5.0));
    }

    #[test]
    fn control_characters_are_dropped() {
        let mut s = String::new();
        push_clean(&mut s, "a\u{0}b\u{FFFD}");
        assert_eq!(s, "ab");
    }
}

//! One WordprocessingML story (document body, a header, a footer, footnotes) streamed into
//! blocks: paragraphs in reading order, tables with their cells, text boxes once, visible field
//! results, and per-run fonts for legacy decoding.

use std::collections::HashMap;

use quick_xml::events::BytesStart;

use super::runs::{FontLedger, RawRun, finish_paragraph};
use super::styles::{RunProps, Styles, outline_to_level};
use super::xml::{XmlEvent, XmlReader, XmlStop, attr};
use crate::read::{Block, LegacyEncoding, Part, ReadError, Table};

/// What one story yielded.
#[derive(Debug, Default)]
pub struct StoryOutput {
    pub blocks: Vec<Block>,
    /// `r:id`s of header/footer references in the order the section properties list them.
    pub header_refs: Vec<String>,
    /// Resolved font names of every run.
    pub fonts: Vec<String>,
    pub encodings: Vec<LegacyEncoding>,
    /// Characters of text produced.
    pub chars: usize,
    /// The text budget ran out and the story was cut short.
    pub truncated: bool,
    /// The XML was damaged; what came before the damage is kept.
    pub damaged: Option<String>,
}

/// Element kinds that change how later events are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    P,
    PPr,
    R,
    RPr,
    T,
    Tbl,
    Tr,
    Tc,
    TxbxContent,
    AlternateContent,
    Other,
}

/// Containers that collect finished paragraphs.
enum Scope {
    Table { rows: Vec<Vec<String>>, part: Part },
    Row(Vec<String>),
    Cell(Vec<String>),
    TextBox(Vec<Block>),
}

#[derive(Default)]
struct RunBuilder {
    text: String,
    props: RunProps,
    style: Option<String>,
}

struct ParaBuilder {
    style: Option<String>,
    /// `Some(None)` when the paragraph says "body text" (`w:outlineLvl w:val="9"`).
    outline: Option<Option<u8>>,
    runs: Vec<RawRun>,
    current: Option<RunBuilder>,
    /// Text boxes anchored in this paragraph, delivered after it.
    boxes: Vec<Block>,
    part: Part,
}

/// Streams one story part into blocks.
pub fn read_story(
    bytes: &[u8],
    part_name: &str,
    part: Part,
    styles: &Styles,
    max_depth: usize,
    char_budget: usize,
) -> Result<StoryOutput, ReadError> {
    let mut story = Story {
        styles,
        part,
        char_budget,
        out: StoryOutput::default(),
        tags: Vec::new(),
        scopes: Vec::new(),
        paras: Vec::new(),
        fields: Vec::new(),
        alternates: Vec::new(),
        skip: 0,
        para_props: HashMap::new(),
        char_props: HashMap::new(),
        ledger: FontLedger::default(),
    };
    let mut reader = XmlReader::new(bytes, part_name, max_depth);
    loop {
        let event = match reader.next() {
            Ok(event) => event,
            Err(XmlStop::TooDeep(error)) => return Err(error),
            Err(XmlStop::Malformed(message)) => {
                story.out.damaged = Some(message);
                break;
            }
        };
        match event {
            XmlEvent::Open { elem, empty } => {
                if story.skip > 0 {
                    if !empty {
                        story.skip += 1;
                    }
                    continue;
                }
                let pushed = story.open(&elem, empty);
                if pushed && empty {
                    story.close();
                }
            }
            XmlEvent::Close => {
                if story.skip > 0 {
                    story.skip -= 1;
                } else {
                    story.close();
                }
            }
            XmlEvent::Text(text) => {
                if story.skip == 0 && story.tags.last() == Some(&Tag::T) {
                    story.push_text(&text);
                }
            }
            XmlEvent::End => break,
        }
        if story.out.truncated {
            break;
        }
    }
    // Close whatever a damaged or truncated part left open, so its text is not lost.
    while !story.tags.is_empty() {
        story.close();
    }
    let mut out = story.out;
    out.fonts = story.ledger.fonts.into_iter().collect();
    out.encodings = story.ledger.encodings.into_iter().collect();
    Ok(out)
}

struct Story<'s> {
    styles: &'s Styles,
    part: Part,
    char_budget: usize,
    out: StoryOutput,
    tags: Vec<Tag>,
    scopes: Vec<Scope>,
    paras: Vec<ParaBuilder>,
    /// Open complex fields: `true` once past `separate` (the visible result).
    fields: Vec<bool>,
    /// Open `mc:AlternateContent`: whether a branch was already taken.
    alternates: Vec<bool>,
    /// Depth of a subtree being skipped (0 = not skipping).
    skip: usize,
    para_props: HashMap<Option<String>, RunProps>,
    char_props: HashMap<String, RunProps>,
    ledger: FontLedger,
}

impl Story<'_> {
    /// Handles an opening element; returns whether a tag was pushed (false when skipping it).
    fn open(&mut self, elem: &BytesStart<'_>, empty: bool) -> bool {
        let parent = self.tags.last().copied();
        let grandparent = self.tags.len().checked_sub(2).map(|i| self.tags[i]);
        let name = elem.local_name();
        let tag = match name.as_ref() {
            b"p" => {
                let part = self.current_part();
                self.paras.push(ParaBuilder {
                    style: None,
                    outline: None,
                    runs: Vec::new(),
                    current: None,
                    boxes: Vec::new(),
                    part,
                });
                Tag::P
            }
            b"pPr" if parent == Some(Tag::P) => Tag::PPr,
            b"pStyle" if parent == Some(Tag::PPr) => {
                if let Some(para) = self.paras.last_mut() {
                    para.style = attr(elem, b"val");
                }
                Tag::Other
            }
            b"outlineLvl" if parent == Some(Tag::PPr) => {
                if let Some(para) = self.paras.last_mut() {
                    para.outline = Some(attr(elem, b"val").as_deref().and_then(outline_to_level));
                }
                Tag::Other
            }
            b"r" => {
                if let Some(para) = self.paras.last_mut() {
                    if let Some(run) = para.current.take() {
                        para.runs.push(run.into_raw());
                    }
                    para.current = Some(RunBuilder::default());
                }
                Tag::R
            }
            b"rPr" if parent == Some(Tag::R) => Tag::RPr,
            _ if parent == Some(Tag::RPr) && grandparent == Some(Tag::R) => {
                if let Some(run) = self.current_run() {
                    if name.as_ref() == b"rStyle" {
                        run.style = attr(elem, b"val");
                    } else {
                        run.props.apply(elem);
                    }
                }
                Tag::Other
            }
            b"t" if parent == Some(Tag::R) => Tag::T,
            b"tab" | b"ptab" if parent == Some(Tag::R) => {
                self.push_text("\t");
                Tag::Other
            }
            b"br" | b"cr" if parent == Some(Tag::R) => {
                self.push_text("\n");
                Tag::Other
            }
            b"noBreakHyphen" if parent == Some(Tag::R) => {
                self.push_text("-");
                Tag::Other
            }
            b"sym" if parent == Some(Tag::R) => {
                let font = attr(elem, b"font").unwrap_or_default();
                if let Some(c) = attr(elem, b"char").and_then(|code| symbol_char(&font, &code)) {
                    self.push_text(c.encode_utf8(&mut [0u8; 4]));
                }
                Tag::Other
            }
            b"fldChar" if parent == Some(Tag::R) => {
                match attr(elem, b"fldCharType").as_deref() {
                    Some("begin") => self.fields.push(false),
                    Some("separate") => {
                        if let Some(in_result) = self.fields.last_mut() {
                            *in_result = true;
                        }
                    }
                    Some("end") => {
                        self.fields.pop();
                    }
                    _ => {}
                }
                Tag::Other
            }
            b"tbl" => {
                let part = self.current_part();
                self.scopes.push(Scope::Table {
                    rows: Vec::new(),
                    part,
                });
                Tag::Tbl
            }
            b"tr" if matches!(self.scopes.last(), Some(Scope::Table { .. })) => {
                self.scopes.push(Scope::Row(Vec::new()));
                Tag::Tr
            }
            b"tc" if matches!(self.scopes.last(), Some(Scope::Row(_))) => {
                self.scopes.push(Scope::Cell(Vec::new()));
                Tag::Tc
            }
            b"txbxContent" => {
                self.scopes.push(Scope::TextBox(Vec::new()));
                Tag::TxbxContent
            }
            b"AlternateContent" => {
                self.alternates.push(false);
                Tag::AlternateContent
            }
            b"Choice" | b"Fallback" if parent == Some(Tag::AlternateContent) => {
                match self.alternates.last_mut() {
                    // Choice and Fallback hold the same content twice: keep the first branch.
                    Some(taken) if *taken => return self.skip_subtree(empty),
                    Some(taken) => *taken = true,
                    None => {}
                }
                Tag::Other
            }
            // Deleted and moved-away revisions, old formatting, field instructions.
            b"del" | b"moveFrom" | b"rPrChange" | b"pPrChange" | b"instrText" | b"delText"
            | b"delInstrText" | b"fldData" => return self.skip_subtree(empty),
            b"headerReference" | b"footerReference" => {
                if let Some(id) = attr(elem, b"id") {
                    self.out.header_refs.push(id);
                }
                Tag::Other
            }
            _ => Tag::Other,
        };
        self.tags.push(tag);
        true
    }

    fn skip_subtree(&mut self, empty: bool) -> bool {
        if !empty {
            self.skip = 1;
        }
        false
    }

    fn close(&mut self) {
        let Some(tag) = self.tags.pop() else {
            return;
        };
        match tag {
            Tag::P => {
                if let Some(mut para) = self.paras.pop() {
                    if let Some(run) = para.current.take() {
                        para.runs.push(run.into_raw());
                    }
                    self.deliver_paragraph(para);
                }
            }
            Tag::R => {
                if let Some(para) = self.paras.last_mut()
                    && let Some(run) = para.current.take()
                {
                    para.runs.push(run.into_raw());
                }
            }
            Tag::Tc => {
                if let Some(Scope::Cell(lines)) =
                    self.pop_scope_until(|s| matches!(s, Scope::Cell(_)))
                {
                    let text = lines.join("\n");
                    if let Some(Scope::Row(cells)) = self.scopes.last_mut() {
                        cells.push(text);
                    }
                }
            }
            Tag::Tr => {
                if let Some(Scope::Row(cells)) =
                    self.pop_scope_until(|s| matches!(s, Scope::Row(_)))
                    && let Some(Scope::Table { rows, .. }) = self.scopes.last_mut()
                {
                    rows.push(cells);
                }
            }
            Tag::Tbl => {
                if let Some(Scope::Table { rows, part }) =
                    self.pop_scope_until(|s| matches!(s, Scope::Table { .. }))
                {
                    self.deliver_table(Table { rows, part });
                }
            }
            Tag::TxbxContent => {
                if let Some(Scope::TextBox(blocks)) =
                    self.pop_scope_until(|s| matches!(s, Scope::TextBox(_)))
                {
                    match self.paras.last_mut() {
                        Some(anchor) => anchor.boxes.extend(blocks),
                        None => {
                            for block in blocks {
                                self.deliver_block(block);
                            }
                        }
                    }
                }
            }
            Tag::AlternateContent => {
                self.alternates.pop();
            }
            Tag::PPr | Tag::RPr | Tag::T | Tag::Other => {}
        }
    }

    /// Pops scopes left open by damaged XML down to (and including) the one wanted.
    fn pop_scope_until(&mut self, wanted: impl Fn(&Scope) -> bool) -> Option<Scope> {
        let position = self.scopes.iter().rposition(wanted)?;
        while self.scopes.len() > position + 1 {
            self.scopes.pop();
        }
        self.scopes.pop()
    }

    fn current_part(&self) -> Part {
        let in_box = self.scopes.iter().any(|s| matches!(s, Scope::TextBox(_)));
        if in_box && self.part == Part::Body {
            Part::TextBox
        } else {
            self.part
        }
    }

    fn current_run(&mut self) -> Option<&mut RunBuilder> {
        self.paras.last_mut()?.current.as_mut()
    }

    fn push_text(&mut self, text: &str) {
        if !self.fields.iter().all(|in_result| *in_result) {
            return;
        }
        if let Some(run) = self.current_run() {
            run.text.push_str(text);
        }
    }

    fn deliver_paragraph(&mut self, para: ParaBuilder) {
        let style_id = self.styles.paragraph_style(para.style.as_deref());
        let base = self
            .para_props
            .entry(style_id.map(str::to_string))
            .or_insert_with(|| self.styles.paragraph_run_props(style_id))
            .clone();
        let mut runs = para.runs;
        for run in &mut runs {
            if let Some(style) = run.style.as_deref() {
                let props = self
                    .char_props
                    .entry(style.to_string())
                    .or_insert_with(|| self.styles.character_run_props(style));
                run.props.inherit(props);
            }
            run.props.inherit(&base);
        }
        let heading_level = match para.outline {
            Some(level) => level,
            None => style_id.and_then(|id| self.styles.heading_level(id)),
        };
        let mut paragraph = finish_paragraph(runs, self.styles, &mut self.ledger);
        paragraph.style = para.style;
        paragraph.heading_level = heading_level;
        paragraph.part = para.part;
        let remaining = self.char_budget.saturating_sub(self.out.chars);
        let n_chars = paragraph.text.chars().count();
        if n_chars > remaining {
            paragraph.text = paragraph.text.chars().take(remaining).collect();
            self.out.truncated = true;
        }
        self.out.chars += n_chars.min(remaining);
        if !paragraph.text.trim().is_empty() {
            self.deliver_block(Block::Paragraph(paragraph));
        }
        for block in para.boxes {
            self.deliver_block(block);
        }
    }

    fn deliver_table(&mut self, table: Table) {
        let has_text = table.rows.iter().flatten().any(|c| !c.trim().is_empty());
        if has_text {
            self.deliver_block(Block::Table(table));
        }
    }

    /// Puts a finished block into the innermost container: a table cell takes its text (nested
    /// tables are flattened, one row per line), a text box or the story takes the block.
    fn deliver_block(&mut self, block: Block) {
        for scope in self.scopes.iter_mut().rev() {
            match scope {
                Scope::Cell(lines) => {
                    match block {
                        Block::Paragraph(p) => lines.push(p.text),
                        Block::Table(t) => {
                            for row in t.rows {
                                if row.iter().any(|c| !c.trim().is_empty()) {
                                    lines.push(row.join(" | ").replace('\n', " "));
                                }
                            }
                        }
                    }
                    return;
                }
                Scope::TextBox(blocks) => {
                    blocks.push(block);
                    return;
                }
                Scope::Table { .. } | Scope::Row(_) => {}
            }
        }
        self.out.blocks.push(block);
    }
}

impl RunBuilder {
    fn into_raw(self) -> RawRun {
        RawRun {
            text: self.text,
            props: self.props,
            style: self.style,
        }
    }
}

/// The character a `w:sym` stands for. Symbol fonts store codes in the private-use range
/// F000–F0FF; the common ones (bullets, check marks, arrows, Greek letters) are mapped, the
/// rest are dropped rather than shown as private-use garbage.
fn symbol_char(font: &str, code: &str) -> Option<char> {
    let value = u32::from_str_radix(code.trim(), 16).ok()?;
    let low = if (0xF000..=0xF0FF).contains(&value) {
        value - 0xF000
    } else {
        value
    };
    let font = font.to_lowercase();
    if font.starts_with("wingdings") {
        return match low {
            0x6C => Some('●'),
            0x6E | 0xA7 => Some('▪'),
            0x71 | 0x6F => Some('□'),
            0x76 => Some('❖'),
            0x9F => Some('•'),
            0xA8 => Some('◻'),
            0xD8 | 0xE0 | 0xE8 => Some('➢'),
            0xFC => Some('✓'),
            0xFB => Some('✗'),
            0xFD => Some('☒'),
            0xFE => Some('☑'),
            _ => None,
        };
    }
    if font == "symbol" {
        return match low {
            0xB7 => Some('•'),
            0x2D => Some('−'),
            0xAE => Some('→'),
            0xAC => Some('←'),
            0xB3 => Some('≥'),
            0xA3 => Some('≤'),
            0xB9 => Some('≠'),
            0xB4 => Some('×'),
            0xB8 => Some('÷'),
            0xB1 => Some('±'),
            0xD6 => Some('√'),
            0x41..=0x5A | 0x61..=0x7A => greek(low),
            0x20..=0x7E => char::from_u32(low),
            _ => None,
        };
    }
    if (0x20..=0xFF).contains(&low) && low != 0x7F && !(0x80..0xA0).contains(&low) {
        return char::from_u32(low);
    }
    char::from_u32(value).filter(|c| !('\u{E000}'..='\u{F8FF}').contains(c))
}

/// The Symbol font's Latin-letter positions hold Greek letters.
fn greek(code: u32) -> Option<char> {
    const UPPER: &str = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ";
    const LOWER: &str = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ";
    match code {
        0x41..=0x5A => UPPER.chars().nth((code - 0x41) as usize),
        0x61..=0x7A => LOWER.chars().nth((code - 0x61) as usize),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols() {
        assert_eq!(symbol_char("Symbol", "F0B7"), Some('•'));
        assert_eq!(symbol_char("Symbol", "F061"), Some('α'));
        assert_eq!(symbol_char("Wingdings", "F0FC"), Some('✓'));
        assert_eq!(symbol_char("Wingdings", "F001"), None);
        assert_eq!(symbol_char("Times New Roman", "F0E0"), Some('à'));
        assert_eq!(symbol_char("Times New Roman", "zz"), None);
    }
}

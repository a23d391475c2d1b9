//! `word/styles.xml` and the theme fonts: what a run inherits (fonts, bold, caps) and which
//! paragraph styles are headings, so that legacy fonts set only in a style are still decoded.

use std::collections::HashMap;

use quick_xml::events::BytesStart;

use super::xml::{XmlEvent, XmlReader, attr, on_off};

/// Longest `basedOn` chain followed; real chains are short, cycles exist in damaged files.
const MAX_CHAIN: usize = 32;

/// A font as `w:rFonts` names it: directly or through the theme (`w:asciiTheme="minorHAnsi"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FontRef {
    Name(String),
    Theme(String),
}

/// Run properties that matter for reading; `None` means "inherit".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunProps {
    pub ascii: Option<FontRef>,
    pub h_ansi: Option<FontRef>,
    pub cs: Option<FontRef>,
    pub bold: Option<bool>,
    pub caps: Option<bool>,
}

impl RunProps {
    /// Takes every property not set here from `lower` (a style further down the hierarchy).
    pub fn inherit(&mut self, lower: &RunProps) {
        fill(&mut self.ascii, &lower.ascii);
        fill(&mut self.h_ansi, &lower.h_ansi);
        fill(&mut self.cs, &lower.cs);
        fill(&mut self.bold, &lower.bold);
        fill(&mut self.caps, &lower.caps);
    }

    /// Reads one `w:rPr` child element into these properties.
    pub fn apply(&mut self, elem: &BytesStart<'_>) {
        match elem.local_name().as_ref() {
            b"rFonts" => self.apply_rfonts(elem),
            b"b" => self.bold = Some(on_off(elem)),
            b"caps" => self.caps = Some(on_off(elem)),
            _ => {}
        }
    }

    fn apply_rfonts(&mut self, elem: &BytesStart<'_>) {
        // Within one element a theme attribute wins over the explicit name.
        let slots: [(&mut Option<FontRef>, &[u8], &[u8]); 3] = [
            (&mut self.ascii, b"ascii", b"asciiTheme"),
            (&mut self.h_ansi, b"hAnsi", b"hAnsiTheme"),
            (&mut self.cs, b"cs", b"cstheme"),
        ];
        for (slot, name_attr, theme_attr) in slots {
            if let Some(theme) = attr(elem, theme_attr) {
                *slot = Some(FontRef::Theme(theme));
            } else if let Some(name) = attr(elem, name_attr)
                && !name.trim().is_empty()
            {
                *slot = Some(FontRef::Name(name.trim().to_string()));
            }
        }
    }
}

fn fill<T: Clone>(slot: &mut Option<T>, lower: &Option<T>) {
    if slot.is_none() {
        slot.clone_from(lower);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StyleKind {
    Paragraph,
    Character,
    Other,
}

#[derive(Debug, Clone)]
struct Style {
    name: Option<String>,
    based_on: Option<String>,
    kind: StyleKind,
    outline_level: Option<u8>,
    run: RunProps,
}

/// Fonts of the document theme, which `w:asciiTheme` and friends point at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ThemeFonts {
    major_latin: Option<String>,
    minor_latin: Option<String>,
    major_cs: Option<String>,
    minor_cs: Option<String>,
}

/// The document's style sheet; an empty one when the package has no styles part.
#[derive(Debug, Clone, Default)]
pub struct Styles {
    styles: HashMap<String, Style>,
    defaults: RunProps,
    default_paragraph: Option<String>,
    theme: ThemeFonts,
}

/// `w:outlineLvl` is 0-based and 9 means body text.
pub fn outline_to_level(value: &str) -> Option<u8> {
    match value.trim().parse::<u8>() {
        Ok(level) if level < 9 => Some(level + 1),
        _ => None,
    }
}

/// "heading 1", "Heading1", "Title" → a level; Word writes built-in names in English even in a
/// Vietnamese installation (whose style ids are "u1", "u2"…).
fn level_from_name(name: &str) -> Option<u8> {
    let compact: String = name
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    if compact == "title" {
        return Some(1);
    }
    let digits = compact.strip_prefix("heading")?;
    match digits.parse::<u8>() {
        Ok(level @ 1..=9) => Some(level),
        _ => None,
    }
}

impl Styles {
    /// Parses `styles.xml`; damaged XML yields the styles read before the damage.
    pub fn parse(bytes: &[u8], max_depth: usize) -> Result<Self, super::xml::XmlStop> {
        let mut styles = Styles::default();
        let mut reader = XmlReader::new(bytes, "styles", max_depth);
        // Element names from the root down, as far as they matter here.
        let mut path: Vec<Vec<u8>> = Vec::new();
        let mut current: Option<(String, Style, bool)> = None;
        loop {
            let event = match reader.next() {
                Ok(event) => event,
                Err(super::xml::XmlStop::Malformed(_)) => break,
                Err(stop) => return Err(stop),
            };
            match event {
                XmlEvent::Open { elem, empty } => {
                    let name = elem.local_name().as_ref().to_vec();
                    let parent = path.last().map(Vec::as_slice);
                    let grandparent = path.len().checked_sub(2).map(|i| path[i].as_slice());
                    match (name.as_slice(), parent, grandparent) {
                        (b"style", _, _) => {
                            let kind = match attr(&elem, b"type").as_deref() {
                                Some("paragraph") | None => StyleKind::Paragraph,
                                Some("character") => StyleKind::Character,
                                Some(_) => StyleKind::Other,
                            };
                            let is_default = attr(&elem, b"default")
                                .is_some_and(|v| matches!(v.as_str(), "1" | "true" | "on"));
                            let id = attr(&elem, b"styleId").unwrap_or_default();
                            current = Some((
                                id,
                                Style {
                                    name: None,
                                    based_on: None,
                                    kind,
                                    outline_level: None,
                                    run: RunProps::default(),
                                },
                                is_default,
                            ));
                        }
                        (b"name", Some(b"style"), _) => {
                            if let Some((_, style, _)) = current.as_mut() {
                                style.name = attr(&elem, b"val");
                            }
                        }
                        (b"basedOn", Some(b"style"), _) => {
                            if let Some((_, style, _)) = current.as_mut() {
                                style.based_on = attr(&elem, b"val");
                            }
                        }
                        (b"outlineLvl", Some(b"pPr"), Some(b"style")) => {
                            if let Some((_, style, _)) = current.as_mut() {
                                style.outline_level =
                                    attr(&elem, b"val").as_deref().and_then(outline_to_level);
                            }
                        }
                        (_, Some(b"rPr"), Some(b"style")) => {
                            if let Some((_, style, _)) = current.as_mut() {
                                style.run.apply(&elem);
                            }
                        }
                        (_, Some(b"rPr"), Some(b"rPrDefault")) => styles.defaults.apply(&elem),
                        _ => {}
                    }
                    if empty {
                        styles.close_element(&name, &mut current);
                    } else {
                        path.push(name);
                    }
                }
                XmlEvent::Close => {
                    if let Some(name) = path.pop() {
                        styles.close_element(&name, &mut current);
                    }
                }
                XmlEvent::Text(_) => {}
                XmlEvent::End => break,
            }
        }
        Ok(styles)
    }

    fn close_element(&mut self, name: &[u8], current: &mut Option<(String, Style, bool)>) {
        if name != b"style" {
            return;
        }
        if let Some((id, style, is_default)) = current.take() {
            if is_default && style.kind == StyleKind::Paragraph && self.default_paragraph.is_none()
            {
                self.default_paragraph = Some(id.clone());
            }
            self.styles.entry(id).or_insert(style);
        }
    }

    /// Adds the theme fonts (`word/theme/theme1.xml`).
    pub fn set_theme(&mut self, theme: ThemeFonts) {
        self.theme = theme;
    }

    /// The paragraph style that applies: the one named, else the document's default.
    pub fn paragraph_style<'s>(&'s self, named: Option<&'s str>) -> Option<&'s str> {
        named.or(self.default_paragraph.as_deref())
    }

    /// The heading level a paragraph style gives (by its name or its outline level), following
    /// `basedOn`.
    pub fn heading_level(&self, style_id: &str) -> Option<u8> {
        let mut id = style_id;
        for _ in 0..MAX_CHAIN {
            let Some(style) = self.styles.get(id) else {
                // No styles part: the id itself may say it ("Heading1", "Title").
                return if id == style_id {
                    level_from_name(id)
                } else {
                    None
                };
            };
            if let Some(level) = style.name.as_deref().and_then(level_from_name) {
                return Some(level);
            }
            if let Some(level) = style.outline_level {
                return Some(level);
            }
            id = style.based_on.as_deref()?;
        }
        None
    }

    /// Run properties a paragraph style (chain) and the document defaults give its runs.
    pub fn paragraph_run_props(&self, style_id: Option<&str>) -> RunProps {
        let mut props = self.chain_props(style_id);
        props.inherit(&self.defaults);
        props
    }

    /// Run properties of a character style chain.
    pub fn character_run_props(&self, style_id: &str) -> RunProps {
        self.chain_props(Some(style_id))
    }

    fn chain_props(&self, style_id: Option<&str>) -> RunProps {
        let mut props = RunProps::default();
        let mut next = style_id;
        for _ in 0..MAX_CHAIN {
            let Some(style) = next.and_then(|id| self.styles.get(id)) else {
                break;
            };
            props.inherit(&style.run);
            next = style.based_on.as_deref();
        }
        props
    }

    /// The font name a reference stands for, resolving theme fonts.
    pub fn font_name(&self, font: &FontRef) -> Option<String> {
        match font {
            FontRef::Name(name) => Some(name.clone()),
            FontRef::Theme(theme) => {
                let major = theme.starts_with("major");
                let bidi = theme.ends_with("Bidi");
                let east_asia = theme.ends_with("EastAsia");
                let name = match (major, bidi) {
                    _ if east_asia => None,
                    (true, false) => self.theme.major_latin.as_ref(),
                    (false, false) => self.theme.minor_latin.as_ref(),
                    (true, true) => self.theme.major_cs.as_ref(),
                    (false, true) => self.theme.minor_cs.as_ref(),
                };
                name.cloned()
            }
        }
    }
}

impl ThemeFonts {
    /// Parses a DrawingML theme part for its major/minor latin and complex-script typefaces.
    pub fn parse(bytes: &[u8], max_depth: usize) -> Self {
        let mut fonts = ThemeFonts::default();
        let mut reader = XmlReader::new(bytes, "theme", max_depth);
        let mut in_major: Option<bool> = None;
        let mut depth_in_font = 0usize;
        while let Ok(event) = reader.next() {
            match event {
                XmlEvent::Open { elem, empty } => {
                    let name = elem.local_name();
                    match (name.as_ref(), in_major) {
                        (b"majorFont", None) if !empty => in_major = Some(true),
                        (b"minorFont", None) if !empty => in_major = Some(false),
                        (slot @ (b"latin" | b"cs"), Some(major)) if depth_in_font == 0 => {
                            let typeface = attr(&elem, b"typeface").filter(|t| !t.is_empty());
                            let target = match (slot, major) {
                                (b"latin", true) => &mut fonts.major_latin,
                                (b"latin", false) => &mut fonts.minor_latin,
                                (_, true) => &mut fonts.major_cs,
                                (_, false) => &mut fonts.minor_cs,
                            };
                            if target.is_none() {
                                *target = typeface;
                            }
                            if !empty {
                                depth_in_font += 1;
                            }
                        }
                        (_, Some(_)) if !empty => depth_in_font += 1,
                        _ => {}
                    }
                }
                XmlEvent::Close => {
                    if in_major.is_some() {
                        if depth_in_font == 0 {
                            in_major = None;
                        } else {
                            depth_in_font -= 1;
                        }
                    }
                }
                XmlEvent::Text(_) => {}
                XmlEvent::End => break,
            }
        }
        fonts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cs="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="u1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Muc"/><w:basedOn w:val="u1"/><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/><w:b w:val="0"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Outline"><w:name w:val="Outline"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Loop"><w:name w:val="Loop"/><w:basedOn w:val="Loop"/></w:style>
</w:styles>"#;

    const THEME: &str = r#"<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme>
<a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>
<a:minorFont><a:latin typeface="Calibri"/><a:cs typeface="Arial"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>"#;

    #[test]
    fn inheritance_and_headings() {
        let mut styles = Styles::parse(STYLES.as_bytes(), 64).unwrap();
        styles.set_theme(ThemeFonts::parse(THEME.as_bytes(), 64));
        assert_eq!(styles.paragraph_style(None), Some("Normal"));
        assert_eq!(styles.heading_level("u1"), Some(1));
        assert_eq!(styles.heading_level("Muc"), Some(1));
        assert_eq!(styles.heading_level("Outline"), Some(3));
        assert_eq!(styles.heading_level("Normal"), None);
        assert_eq!(styles.heading_level("Loop"), None);
        assert_eq!(styles.heading_level("Heading2"), Some(2));

        let muc = styles.paragraph_run_props(Some("Muc"));
        assert_eq!(muc.bold, Some(false));
        assert_eq!(muc.h_ansi, Some(FontRef::Name(".VnTime".into())));
        assert_eq!(muc.cs, Some(FontRef::Name("Times New Roman".into())));
        let normal = styles.paragraph_run_props(Some("Normal"));
        let font = normal.h_ansi.as_ref().and_then(|f| styles.font_name(f));
        assert_eq!(font.as_deref(), Some("Calibri"));
        assert_eq!(styles.paragraph_run_props(Some("u1")).bold, Some(true));
    }

    #[test]
    fn outline_levels() {
        assert_eq!(outline_to_level("0"), Some(1));
        assert_eq!(outline_to_level("8"), Some(9));
        assert_eq!(outline_to_level("9"), None);
        assert_eq!(outline_to_level("x"), None);
    }
}

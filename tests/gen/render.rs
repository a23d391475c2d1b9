//! Renders a [`Doc`] to DOCX bytes with docx-rs, then repacks the package deterministically
//! (fixed entry order and timestamps) and injects what docx-rs cannot write (VML text boxes).

use std::io::{Cursor, Read, Write};

use docx_rs::{
    AlignmentType, Docx, Footer, Header, Paragraph, Run, RunFonts, Table, TableCell, TableRow,
};
use unicode_normalization::UnicodeNormalization;

use crate::legacy::{Legacy, encode_runs};
use crate::model::{Align, Block, Doc, FontSel, P};

/// Fixed package dates, so re-running the generator reproduces the files byte for byte.
const FIXED_DATE: &str = "2024-12-20T08:00:00Z";

/// Renders the document and returns the DOCX bytes.
pub fn render_docx(doc: &Doc) -> anyhow::Result<Vec<u8>> {
    let mut ctx = Ctx {
        doc,
        boxes: Vec::new(),
    };
    let mut docx = Docx::new()
        .created_at(FIXED_DATE)
        .updated_at(FIXED_DATE)
        .default_fonts(default_fonts(doc.font))
        .default_size(26);
    for block in &doc.body {
        docx = match block {
            Block::P(para) => docx.add_paragraph(ctx.paragraph(para)),
            Block::Table(rows) => docx.add_table(ctx.table(rows)),
            Block::TextBox(paras) => docx.add_paragraph(ctx.text_box(paras)),
        };
    }
    if !doc.header.is_empty() {
        let mut header = Header::new();
        for block in &doc.header {
            header = match block {
                Block::P(para) => header.add_paragraph(ctx.paragraph(para)),
                Block::Table(rows) => header.add_table(ctx.table(rows)),
                Block::TextBox(paras) => header.add_paragraph(ctx.text_box(paras)),
            };
        }
        docx = docx.header(header);
    }
    if !doc.footer.is_empty() {
        let mut footer = Footer::new();
        for block in &doc.footer {
            if let Block::P(para) = block {
                footer = footer.add_paragraph(ctx.paragraph(para));
            }
        }
        docx = docx.footer(footer);
    }
    let mut packed = Cursor::new(Vec::new());
    docx.build().pack(&mut packed)?;
    let boxes = std::mem::take(&mut ctx.boxes);
    repack(&packed.into_inner(), &boxes)
}

fn default_fonts(font: FontSel) -> RunFonts {
    let name = match font {
        FontSel::Unicode(n) => n,
        FontSel::Legacy(l) => l.font(),
    };
    RunFonts::new()
        .ascii(name)
        .hi_ansi(name)
        .cs(name)
        .east_asia(name)
}

struct Ctx<'a> {
    doc: &'a Doc,
    /// The XML of each text box, substituted for its marker run after packing.
    boxes: Vec<String>,
}

impl Ctx<'_> {
    fn prepare(&self, text: &str) -> String {
        if self.doc.nfd {
            text.nfd().collect()
        } else {
            text.to_string()
        }
    }

    /// The runs of one paragraph: one run for Unicode text, one run per legacy font segment.
    fn runs(&self, para: &P) -> Vec<Run> {
        let font = para.font.unwrap_or(self.doc.font);
        let segments: Vec<(String, String)> = match font {
            FontSel::Unicode(name) => vec![(name.to_string(), self.prepare(&para.text))],
            FontSel::Legacy(legacy) => {
                let legacy = if legacy == Legacy::Tcvn3 && is_all_caps(&para.text) {
                    Legacy::Tcvn3Caps
                } else {
                    legacy
                };
                encode_runs(&para.text, legacy)
                    .into_iter()
                    .map(|(l, s)| (l.font().to_string(), s))
                    .collect()
            }
        };
        segments
            .into_iter()
            .map(|(name, text)| {
                let mut run = Run::new().add_text(text).fonts(
                    RunFonts::new()
                        .ascii(name.clone())
                        .hi_ansi(name.clone())
                        .cs(name),
                );
                if para.bold {
                    run = run.bold();
                }
                if para.italic {
                    run = run.italic();
                }
                if para.size > 0 {
                    run = run.size(para.size);
                }
                run
            })
            .collect()
    }

    fn paragraph(&self, para: &P) -> Paragraph {
        let mut out = Paragraph::new();
        for run in self.runs(para) {
            out = out.add_run(run);
        }
        out = match para.align {
            Align::Left => out,
            Align::Center => out.align(AlignmentType::Center),
            Align::Right => out.align(AlignmentType::Right),
        };
        if let Some(style) = para.style {
            out = out.style(style);
        }
        out
    }

    fn table(&self, rows: &[Vec<crate::model::Cell>]) -> Table {
        let rows = rows
            .iter()
            .map(|r| {
                TableRow::new(
                    r.iter()
                        .map(|c| {
                            let mut cell = TableCell::new();
                            for para in &c.paras {
                                cell = cell.add_paragraph(self.paragraph(para));
                            }
                            if c.span > 1 {
                                cell = cell.grid_span(c.span);
                            }
                            cell
                        })
                        .collect(),
                )
            })
            .collect();
        Table::new(rows)
    }

    /// A paragraph holding a marker run; [`repack`] swaps the marker for a VML text box.
    fn text_box(&mut self, paras: &[P]) -> Paragraph {
        let index = self.boxes.len();
        let mut inner = String::new();
        for para in paras {
            // Built through docx-rs so fonts and encodings match the body.
            let xml = docx_rs::BuildXML::build(&self.paragraph(para));
            let xml = String::from_utf8_lossy(&xml);
            let xml = match xml.find("?>") {
                Some(end) if xml.starts_with("<?xml") => xml[end + 2..].to_string(),
                _ => xml.to_string(),
            };
            inner.push_str(&xml);
        }
        self.boxes.push(inner);
        Paragraph::new().add_run(Run::new().add_text(marker(index)))
    }
}

fn marker(index: usize) -> String {
    format!("@@TXBX{index}@@")
}

fn is_all_caps(text: &str) -> bool {
    text.chars().any(|c| c.is_alphabetic()) && !text.chars().any(|c| c.is_lowercase())
}

/// Rewrites the package: entries sorted in a fixed order with a fixed timestamp, text boxes
/// substituted into `word/document.xml`.
fn repack(packed: &[u8], boxes: &[String]) -> anyhow::Result<Vec<u8>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(packed))?;
    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i)?;
        let mut data = Vec::new();
        file.read_to_end(&mut data)?;
        let name = file.name()?.to_string();
        entries.push((name, data));
    }
    entries.sort_by(|a, b| entry_rank(&a.0).cmp(&entry_rank(&b.0)).then(a.0.cmp(&b.0)));
    if !boxes.is_empty() {
        for (name, data) in &mut entries {
            if name == "word/document.xml" {
                let mut xml = String::from_utf8(std::mem::take(data))?;
                for (i, inner) in boxes.iter().enumerate() {
                    xml = inject_box(&xml, &marker(i), inner)?;
                }
                *data = xml.into_bytes();
            }
        }
    }
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let when = zip::DateTime::from_date_and_time(2024, 12, 20, 8, 0, 0)
        .map_err(|e| anyhow::anyhow!("fixed zip date: {e}"))?;
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(when);
    for (name, data) in entries {
        out.start_file(name, options)?;
        out.write_all(&data)?;
    }
    Ok(out.finish()?.into_inner())
}

/// `[Content_Types].xml` first, as Word writes it.
fn entry_rank(name: &str) -> u8 {
    match name {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ if name.starts_with("word/") => 2,
        _ => 3,
    }
}

/// Replaces the run carrying `marker` with a VML shape whose `w:txbxContent` holds `inner`.
fn inject_box(xml: &str, marker: &str, inner: &str) -> anyhow::Result<String> {
    let at = xml
        .find(marker)
        .ok_or_else(|| anyhow::anyhow!("text box marker {marker} not found"))?;
    let start = xml[..at]
        .rfind("<w:r>")
        .ok_or_else(|| anyhow::anyhow!("run start before {marker} not found"))?;
    let end = at
        + xml[at..]
            .find("</w:r>")
            .ok_or_else(|| anyhow::anyhow!("run end after {marker} not found"))?
        + "</w:r>".len();
    let shape = format!(
        "<w:r><w:pict><v:shape id=\"TextBox{n}\" type=\"#_x0000_t202\" \
         style=\"width:400pt;height:70pt\" strokeweight=\"1.5pt\">\
         <v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>",
        n = marker.trim_matches('@'),
    );
    Ok(format!("{}{}{}", &xml[..start], shape, &xml[end..]))
}

//! How one consultant firm lays out an agency's documents: the cover/header table, field labels,
//! sign-off grid, revision table and section headings (brief §3), varied per agency.

use crate::model::{Block, Cell, Doc, FontSel, P, cell, cellp, p, row, table};

/// Where the document's code, revision and date are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cover {
    /// One table: agency | title | field block.
    ThreeCol,
    /// Agency and title as paragraphs, then a two-column field table.
    Stacked,
    /// Title only in the body; code, revision and date only in the page header.
    HeaderOnly,
}

/// The page header's shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hdr {
    Table,
    Line,
}

/// A consultant firm's house style for one agency.
#[derive(Debug, Clone)]
pub struct House {
    pub parent: &'static str,
    pub agency: &'static str,
    pub code_label: &'static str,
    pub rev_label: &'static str,
    pub date_label: &'static str,
    pub cover: Cover,
    pub header: Hdr,
    pub signoff: [&'static str; 3],
    pub signers: [(&'static str, &'static str); 3],
    pub rev_title: &'static str,
    pub font: FontSel,
    /// Section heading set: 0 "1. MỤC ĐÍCH", 1 "1. Mục đích", 2 "I. MỤC ĐÍCH".
    pub headings: u8,
    pub records_head: [&'static str; 4],
}

/// What one document says about itself.
#[derive(Debug, Clone)]
pub struct Meta {
    /// "QUY TRÌNH", "THỦ TỤC", "QUI TRÌNH", "SỔ TAY", "" ...: the word before the title.
    pub word: &'static str,
    /// The title after the word, as the agency writes it ("Kiểm soát tài liệu").
    pub title: String,
    pub code: Option<String>,
    pub rev: Option<String>,
    /// The date as printed ("10/10/2018", "…/…/2021").
    pub date: Option<String>,
    pub pages: u32,
    pub cover: Option<Cover>,
    /// Draw the cover title in a text box.
    pub text_box: bool,
}

impl Meta {
    pub fn new(
        word: &'static str,
        title: &str,
        code: Option<&str>,
        rev: Option<&str>,
        date: Option<&str>,
    ) -> Meta {
        Meta {
            word,
            title: title.to_string(),
            code: code.map(str::to_string),
            rev: rev.map(str::to_string),
            date: date.map(str::to_string),
            pages: 4 + (title.len() as u32 % 5),
            cover: None,
            text_box: false,
        }
    }
    pub fn cover(mut self, c: Cover) -> Meta {
        self.cover = Some(c);
        self
    }
    pub fn boxed(mut self) -> Meta {
        self.text_box = true;
        self
    }
    pub fn full_title(&self) -> String {
        if self.word.is_empty() {
            self.title.to_uppercase()
        } else {
            format!("{} {}", self.word, self.title.to_uppercase())
        }
    }
}

/// The content sections of a procedure (brief §3).
#[derive(Debug, Clone, Default)]
pub struct Body {
    pub purpose: String,
    pub scope: String,
    pub refs: Vec<String>,
    pub defs: Vec<String>,
    pub content: Vec<Block>,
    pub forms: Vec<(String, String)>,
    /// None: the procedure has no records section at all.
    pub records: Option<Vec<[String; 3]>>,
    /// The records table has no retention column ("Thời gian lưu" missing).
    pub records_without_retention: bool,
}

fn heading(h: &House, n: usize, upper: &str, lower: &str) -> P {
    const ROMAN: [&str; 8] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];
    let text = match h.headings {
        0 => format!("{n}. {upper}"),
        1 => format!("{n}. {lower}"),
        _ => format!("{}. {upper}", ROMAN[(n - 1).min(7)]),
    };
    p(text).b()
}

fn field_lines(h: &House, m: &Meta, page: bool) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(code) = &m.code {
        lines.push(format!("{}: {code}", h.code_label));
    }
    if let Some(rev) = &m.rev {
        lines.push(format!("{}: {rev}", h.rev_label));
    }
    if let Some(date) = &m.date {
        lines.push(format!("{}: {date}", h.date_label));
    }
    if page {
        lines.push(format!("Trang: 1/{}", m.pages));
    }
    lines
}

/// The page header: the code repeated on every page.
pub fn page_header(h: &House, m: &Meta) -> Vec<Block> {
    match h.header {
        Hdr::Table => vec![Block::Table(vec![vec![
            cell(&format!("{}\n{}", h.parent, h.agency)).center(),
            cellp(vec![p(m.full_title()).b().center()]),
            cell(&field_lines(h, m, true).join("\n")),
        ]])],
        Hdr::Line => {
            let mut parts = vec![h.agency.to_string()];
            parts.extend(field_lines(h, m, false));
            vec![Block::P(p(parts.join("     ")).size(20))]
        }
    }
}

/// Cover, sign-off grid and revision table: everything before section 1.
pub fn front(doc: &mut Doc, h: &House, m: &Meta) {
    doc.header = page_header(h, m);
    let cover = m.cover.unwrap_or(h.cover);
    if m.text_box {
        doc.para(p(h.parent).center());
        doc.para(p(h.agency).b().center());
        doc.push(Block::TextBox(vec![
            p(m.word).b().center().size(36),
            p(m.title.to_uppercase()).b().center().size(32),
        ]));
        if cover != Cover::HeaderOnly {
            doc.push(fields_table(h, m));
        }
    } else {
        match cover {
            Cover::ThreeCol => doc.push(Block::Table(vec![vec![
                cellp(vec![p(h.parent).center(), p(h.agency).b().center()]),
                cellp(vec![p(m.full_title()).b().center().size(28)]),
                cell(&field_lines(h, m, true).join("\n")),
            ]])),
            Cover::Stacked => {
                doc.para(p(h.parent).center());
                doc.para(p(h.agency).b().center());
                doc.text("");
                if !m.word.is_empty() {
                    doc.para(p(m.word).b().center().size(36));
                }
                doc.para(p(m.title.to_uppercase()).b().center().size(32));
                doc.push(fields_table(h, m));
            }
            Cover::HeaderOnly => {
                doc.para(p(h.agency).b().center());
                doc.para(p(m.full_title()).b().center().size(32));
            }
        }
    }
    doc.text("");
    doc.push(signoff(h));
    doc.text("");
    doc.para(p(h.rev_title).b().center());
    doc.push(table(&[
        row(&[
            "Yêu cầu sửa đổi",
            "Trang/Phần",
            "Mô tả nội dung sửa đổi",
            "Lần sửa đổi",
            "Ngày sửa đổi",
        ]),
        row(&["", "", "", "", ""]),
    ]));
    doc.text("");
}

fn fields_table(h: &House, m: &Meta) -> Block {
    let rows: Vec<Vec<Cell>> = field_lines(h, m, true)
        .into_iter()
        .filter_map(|line| {
            let (label, value) = line.split_once(": ")?;
            Some(vec![cell(label).bold(), cell(value)])
        })
        .collect();
    Block::Table(rows)
}

fn signoff(h: &House) -> Block {
    let [s1, s2, s3] = h.signoff;
    let [(n1, c1), (n2, c2), (n3, c3)] = h.signers;
    table(&[
        row(&["", s1, s2, s3]),
        row(&["Họ tên", n1, n2, n3]),
        row(&["Chức vụ", c1, c2, c3]),
        row(&["Chữ ký", "", "", ""]),
    ])
}

/// A procedure (general, internal or TTHC): front matter then sections 1–7.
pub fn procedure(h: &House, m: &Meta, b: Body) -> Doc {
    let mut doc = Doc::new(h.font);
    front(&mut doc, h, m);
    doc.para(heading(h, 1, "MỤC ĐÍCH", "Mục đích"));
    doc.text(b.purpose);
    doc.para(heading(h, 2, "PHẠM VI", "Phạm vi áp dụng"));
    doc.text(b.scope);
    doc.para(heading(h, 3, "TÀI LIỆU VIỆN DẪN", "Tài liệu viện dẫn"));
    for r in b.refs {
        doc.text(format!("- {r}"));
    }
    doc.para(heading(
        h,
        4,
        "ĐỊNH NGHĨA/VIẾT TẮT",
        "Định nghĩa và chữ viết tắt",
    ));
    for d in b.defs {
        doc.text(format!("- {d}"));
    }
    doc.para(heading(h, 5, "NỘI DUNG QUY TRÌNH", "Nội dung"));
    doc.body.extend(b.content);
    doc.para(heading(h, 6, "BIỂU MẪU", "Biểu mẫu"));
    if b.forms.is_empty() {
        doc.text("Không có.");
    } else {
        let mut rows = vec![row(&["TT", "Tên biểu mẫu", "Mã hiệu"])];
        for (i, (code, name)) in b.forms.iter().enumerate() {
            rows.push(vec![(i + 1).to_string(), name.clone(), code.clone()]);
        }
        doc.push(table(&rows));
    }
    if let Some(records) = b.records {
        doc.para(heading(h, 7, "HỒ SƠ CẦN LƯU", "Hồ sơ"));
        let [c0, c1, c2, c3] = h.records_head;
        let mut rows = if b.records_without_retention {
            vec![row(&[c0, c1, c2])]
        } else {
            vec![row(&[c0, c1, c2, c3])]
        };
        for (i, [name, who, keep]) in records.into_iter().enumerate() {
            if b.records_without_retention {
                rows.push(vec![(i + 1).to_string(), name, who]);
            } else {
                rows.push(vec![(i + 1).to_string(), name, who, keep]);
            }
        }
        doc.push(table(&rows));
    }
    doc
}

/// A one-part document (policy, objectives, context, register, record): front matter then blocks.
pub fn simple(h: &House, m: &Meta, blocks: Vec<Block>, with_front: bool) -> Doc {
    let mut doc = Doc::new(h.font);
    if with_front {
        front(&mut doc, h, m);
    } else {
        doc.header = page_header(h, m);
        doc.para(p(h.parent).center());
        doc.para(p(h.agency).b().center());
        if m.text_box {
            doc.push(Block::TextBox(vec![
                p(m.full_title()).b().center().size(30),
            ]));
        } else {
            doc.para(p(m.full_title()).b().center().size(30));
        }
    }
    doc.body.extend(blocks);
    doc
}

/// A filled-in record or a form: agency line, optional form code top right, title, blocks.
pub fn record(h: &House, form_code: Option<&str>, title: &str, blocks: Vec<Block>) -> Doc {
    let mut doc = Doc::new(h.font);
    doc.push(Block::Table(vec![vec![
        cellp(vec![p(h.parent).center(), p(h.agency).b().center()]),
        cellp(vec![
            p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").b().center(),
            p("Độc lập - Tự do - Hạnh phúc").b().center(),
        ]),
    ]]));
    if let Some(code) = form_code {
        doc.para(p(code).right().i());
    }
    doc.para(p(title).b().center().size(30));
    doc.body.extend(blocks);
    doc
}

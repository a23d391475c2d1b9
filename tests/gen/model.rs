//! The small document model the sample generator writes: paragraphs, tables, text boxes, page
//! headers, each with a font choice, independent of how it is rendered to DOCX.

use crate::legacy::Legacy;

/// The font a paragraph is typed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FontSel {
    Unicode(&'static str),
    Legacy(Legacy),
}

/// Horizontal alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    #[default]
    Left,
    Center,
    Right,
}

/// One paragraph with uniform formatting.
#[derive(Debug, Clone, Default)]
pub struct P {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    /// Half-points; 0 for the document default.
    pub size: usize,
    pub align: Align,
    pub font: Option<FontSel>,
    pub style: Option<&'static str>,
}

impl P {
    pub fn b(mut self) -> P {
        self.bold = true;
        self
    }
    pub fn i(mut self) -> P {
        self.italic = true;
        self
    }
    pub fn center(mut self) -> P {
        self.align = Align::Center;
        self
    }
    pub fn right(mut self) -> P {
        self.align = Align::Right;
        self
    }
    pub fn size(mut self, half_points: usize) -> P {
        self.size = half_points;
        self
    }
}

/// A paragraph of plain text.
pub fn p(text: impl Into<String>) -> P {
    P {
        text: text.into(),
        ..P::default()
    }
}

/// A table cell: its text split on '\n' into paragraphs, optionally spanning columns.
#[derive(Debug, Clone)]
pub struct Cell {
    pub paras: Vec<P>,
    pub span: usize,
}

/// A cell of plain text lines.
pub fn cell(text: &str) -> Cell {
    Cell {
        paras: text.split('\n').map(p).collect(),
        span: 1,
    }
}

/// A cell of formatted paragraphs.
pub fn cellp(paras: Vec<P>) -> Cell {
    Cell { paras, span: 1 }
}

impl Cell {
    pub fn bold(mut self) -> Cell {
        for para in &mut self.paras {
            para.bold = true;
        }
        self
    }
    pub fn center(mut self) -> Cell {
        for para in &mut self.paras {
            para.align = Align::Center;
        }
        self
    }
}

/// Body or header content.
#[derive(Debug, Clone)]
pub enum Block {
    P(P),
    Table(Vec<Vec<Cell>>),
    /// A floating text box (VML `w:txbxContent`), as consultants draw cover titles.
    TextBox(Vec<P>),
}

/// A table of plain-text cells; the first row bold (a header row).
pub fn table(rows: &[Vec<String>]) -> Block {
    Block::Table(
        rows.iter()
            .enumerate()
            .map(|(i, r)| {
                r.iter()
                    .map(|t| if i == 0 { cell(t).bold() } else { cell(t) })
                    .collect()
            })
            .collect(),
    )
}

/// A whole document before rendering.
#[derive(Debug, Clone)]
pub struct Doc {
    pub body: Vec<Block>,
    pub header: Vec<Block>,
    pub footer: Vec<Block>,
    /// The font of every paragraph that does not choose its own.
    pub font: FontSel,
    /// Write every text in Unicode NFD (decomposed), as a Windows "tổ hợp" keyboard does.
    pub nfd: bool,
}

impl Doc {
    pub fn new(font: FontSel) -> Doc {
        Doc {
            body: Vec::new(),
            header: Vec::new(),
            footer: Vec::new(),
            font,
            nfd: false,
        }
    }
    pub fn push(&mut self, b: Block) {
        self.body.push(b);
    }
    pub fn para(&mut self, para: P) {
        self.body.push(Block::P(para));
    }
    pub fn text(&mut self, t: impl Into<String>) {
        self.body.push(Block::P(p(t)));
    }
}

/// Owned strings from string slices, for table rows.
pub fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|s| s.to_string()).collect()
}

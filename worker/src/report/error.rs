//! The error of the renderers that build a zip package (DOCX, XLSX).

/// Why a binary report could not be produced. The JSON and HTML renderers cannot fail; the
/// packagers can only fail inside their libraries, so the message carries the library's words.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("could not build the Word document: {0}")]
    Docx(String),
    #[error("could not build the spreadsheet: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    #[error("could not repackage the document: {0}")]
    Zip(#[from] zip::result::ZipError),
    #[error("could not write the document: {0}")]
    Io(#[from] std::io::Error),
}

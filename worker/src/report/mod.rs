//! Reports: the agency gap report as JSON, Word and HTML, and the campaign overview as JSON,
//! XLSX and HTML. Rendering is a pure function of the report data: same input, same bytes.

pub mod campaign;
pub mod counts;
pub mod docx;
mod error;
pub mod html;
pub mod json;
pub mod labels;
pub mod model;
pub mod present;
pub mod reasons;
pub mod xlsx;

#[cfg(test)]
pub(crate) mod fixtures;

pub use error::RenderError;
pub use labels::CLAUSES_2015;
pub use model::*;

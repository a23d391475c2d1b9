//! One file of the sample campaign: how it is produced on disk and what analysis must say about
//! it (the expectation is written here, by the author of the document, not derived from it).

use crate::model::Doc;

/// How a file is produced.
pub enum Out {
    Docx(Doc),
    /// Converted from the DOCX by LibreOffice.
    Pdf(Doc),
    /// Rendered by LibreOffice, rasterised, wrapped as an image-only PDF.
    Scan(Doc),
    /// A DOCX cut short (truncated zip).
    Corrupt(Doc),
    /// A JPEG photo of the first page.
    Jpeg(Doc),
    /// Bytes written as they are (.doc, .xlsx).
    Bytes(Vec<u8>),
}

/// What the report must say about the file.
#[derive(Debug, Clone, Default)]
pub struct Exp {
    pub status: &'static str,
    pub kind: &'static str,
    pub code: Option<String>,
    pub revision: Option<String>,
    pub issued: Option<String>,
    pub edition: Option<&'static str>,
    pub action: &'static str,
    pub target: Option<&'static str>,
}

pub struct Entry {
    /// Relative to the agency folder, NFC.
    pub path: String,
    /// Write the file name in NFD on disk (the expectation keeps the NFC path).
    pub nfd_name: bool,
    pub out: Out,
    pub exp: Exp,
}

/// The migration action of brief §2 for a document of `kind` written against `edition`.
pub fn plan(kind: &str, edition: Option<&str>) -> (&'static str, Option<&'static str>) {
    let is2015 = edition == Some("2015");
    match kind {
        "procedure.document_control" | "procedure.record_control" => {
            ("merge", Some("procedure.documented_information"))
        }
        "procedure.preventive_action" => ("replace", Some("procedure.risk_opportunity")),
        "procedure.nonconforming_product" | "procedure.corrective_action" => {
            ("merge", Some("procedure.nonconformity_corrective_action"))
        }
        "quality_policy"
        | "quality_objectives"
        | "quality_manual"
        | "procedure.internal_audit"
        | "procedure.management_review"
        | "procedure.customer_satisfaction"
        | "procedure.administrative"
        | "procedure.internal" => {
            if is2015 {
                ("keep", None)
            } else {
                ("revise", None)
            }
        }
        _ => ("keep", None),
    }
}

/// Converts "10/10/2018" to "2018-10-10"; None for a date left blank ("…/…/2021").
pub fn iso_date(printed: &str) -> Option<String> {
    let parts: Vec<&str> = printed.trim().split('/').collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    let (d, m, y): (u32, u32, u32) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// The expectation for an analysed document.
pub fn analysed(
    kind: &'static str,
    code: Option<&str>,
    rev: Option<&str>,
    date: Option<&str>,
    edition: Option<&'static str>,
) -> Exp {
    let (action, target) = plan(kind, edition);
    Exp {
        status: "analysed",
        kind,
        code: code.map(|c| c.to_uppercase()),
        revision: rev.map(str::to_string),
        issued: date.and_then(iso_date),
        edition,
        action,
        target,
    }
}

/// The expectation for a file that cannot be read or is not read.
pub fn not_read(status: &'static str) -> Exp {
    Exp {
        status,
        ..Exp::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_convert_and_blank_dates_do_not() {
        assert_eq!(iso_date("05/01/2025").as_deref(), Some("2025-01-05"));
        assert_eq!(iso_date("…/…/2021"), None);
        assert_eq!(iso_date("…/07/2021"), None);
    }

    #[test]
    fn plan_follows_the_brief() {
        assert_eq!(
            plan("procedure.preventive_action", Some("2008")).1,
            Some("procedure.risk_opportunity")
        );
        assert_eq!(plan("procedure.administrative", Some("2015")).0, "keep");
        assert_eq!(plan("procedure.administrative", Some("2008")).0, "revise");
        assert_eq!(plan("form", None).0, "keep");
    }
}

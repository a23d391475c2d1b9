//! An agency's assembly as a job the reader child can do: the request body that carries it, the
//! files that come back, and the one function both the child and `--no-isolation` run.
//!
//! Why in the child: the assembly is on a slot's critical path (its reader waits meanwhile). In
//! the worker process it competes with the runtime's other threads for a core; measured on 2,220
//! documents with one worker it took 0.7–1.0 s of wall time against 0.6 s when the library is
//! called directly. The child is single-threaded and otherwise idle at that moment, and a
//! rendering that panics or runs away is contained like a hostile document.
//!
//! The document results travel as the JSON the coordinator stored, so only the child parses them.
//! Body layout: `u32` length + JSON [`JobHeader`], then, if `has_tthc`, `u64` length + the TTHC
//! list bytes, then per result `u32` length + the result's JSON. Integers are big-endian.

use std::io::{self, Read};

use serde::{Deserialize, Serialize};

use crate::analyse::{self, DocumentResult};
use crate::report::{self, AgencyInfo, Lang};

/// Largest job header (an agency's name and id).
const MAX_JOB_HEADER: u32 = 1024 * 1024;

/// What an agency's assembly needs besides its document results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobHeader {
    pub agency: AgencyInfo,
    pub year: i32,
    pub lang: Lang,
    pub has_tthc: bool,
    pub n_results: u32,
}

/// An agency's assembly, as the worker holds it.
#[derive(Debug, Clone, Copy)]
pub struct AssemblyJob<'a> {
    pub agency: &'a AgencyInfo,
    pub year: i32,
    pub lang: Lang,
    /// The agency's administrative-procedure list (`tthc.csv`), when it has one.
    pub tthc_csv: Option<&'a [u8]>,
    /// Each document's result, as the JSON the coordinator stored.
    pub results: &'a [&'a [u8]],
}

/// An agency's three report files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssembledFiles {
    pub json: Vec<u8>,
    pub docx: Vec<u8>,
    pub html: Vec<u8>,
    /// Results that could not be parsed, by their index in the job, with the reason; the agency
    /// is assembled without them (the caller logs them).
    pub skipped: Vec<(usize, String)>,
}

/// [`AssembledFiles`] on the pipe: the text files as strings (JSON escapes them cheaply), the
/// DOCX as hex, since a byte array would cost a number per byte.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct WireFiles {
    json: String,
    docx_hex: String,
    html: String,
    skipped: Vec<(usize, String)>,
}

impl WireFiles {
    pub(super) fn from_files(files: AssembledFiles) -> Result<WireFiles, String> {
        Ok(WireFiles {
            json: String::from_utf8(files.json)
                .map_err(|_| "report.json is not UTF-8".to_string())?,
            docx_hex: hex::encode(files.docx),
            html: String::from_utf8(files.html)
                .map_err(|_| "report.html is not UTF-8".to_string())?,
            skipped: files.skipped,
        })
    }

    pub(super) fn into_files(self) -> Result<AssembledFiles, String> {
        Ok(AssembledFiles {
            json: self.json.into_bytes(),
            docx: hex::decode(&self.docx_hex)
                .map_err(|e| format!("the reader process sent a broken report.docx ({e})"))?,
            html: self.html.into_bytes(),
            skipped: self.skipped,
        })
    }
}

/// The request body for `job`.
pub(super) fn encode(job: &AssemblyJob<'_>) -> Result<Vec<u8>, String> {
    let header = JobHeader {
        agency: job.agency.clone(),
        year: job.year,
        lang: job.lang,
        has_tthc: job.tthc_csv.is_some(),
        n_results: u32::try_from(job.results.len())
            .map_err(|_| "too many document results for one agency".to_string())?,
    };
    let header = serde_json::to_vec(&header).map_err(|e| format!("cannot encode the job: {e}"))?;
    let size = 4
        + header.len()
        + job.tthc_csv.map_or(0, |t| 8 + t.len())
        + job.results.iter().map(|r| 4 + r.len()).sum::<usize>();
    let mut body = Vec::with_capacity(size);
    body.extend_from_slice(&(header.len() as u32).to_be_bytes());
    body.extend_from_slice(&header);
    if let Some(tthc) = job.tthc_csv {
        body.extend_from_slice(&(tthc.len() as u64).to_be_bytes());
        body.extend_from_slice(tthc);
    }
    for result in job.results {
        let len = u32::try_from(result.len())
            .map_err(|_| "a document result is larger than 4 GiB".to_string())?;
        body.extend_from_slice(&len.to_be_bytes());
        body.extend_from_slice(result);
    }
    Ok(body)
}

/// A job decoded from a request body; the slices borrow from it.
#[derive(Debug)]
pub(super) struct DecodedJob<'a> {
    pub header: JobHeader,
    pub tthc_csv: Option<&'a [u8]>,
    pub results: Vec<&'a [u8]>,
}

/// Reads a request body; every length is checked against what is left, so a broken body is an
/// error, never a panic or a large allocation.
pub(super) fn decode(body: &[u8]) -> Result<DecodedJob<'_>, String> {
    let mut rest = body;
    let header_len = u32::from_be_bytes(take_array(&mut rest)?);
    if header_len > MAX_JOB_HEADER {
        return Err(format!("job header of {header_len} bytes"));
    }
    let header: JobHeader = serde_json::from_slice(take(&mut rest, header_len.into())?)
        .map_err(|e| format!("job header: {e}"))?;
    let tthc_csv = if header.has_tthc {
        let len = u64::from_be_bytes(take_array(&mut rest)?);
        Some(take(&mut rest, len)?)
    } else {
        None
    };
    let mut results = Vec::with_capacity((header.n_results as usize).min(rest.len() / 4));
    for _ in 0..header.n_results {
        let len = u32::from_be_bytes(take_array(&mut rest)?);
        results.push(take(&mut rest, len.into())?);
    }
    if !rest.is_empty() {
        return Err(format!("{} bytes after the last result", rest.len()));
    }
    Ok(DecodedJob {
        header,
        tthc_csv,
        results,
    })
}

fn take<'a>(rest: &mut &'a [u8], len: u64) -> Result<&'a [u8], String> {
    let len = usize::try_from(len)
        .ok()
        .filter(|len| *len <= rest.len())
        .ok_or_else(|| format!("a part of {len} bytes where {} are left", rest.len()))?;
    let (part, after) = rest.split_at(len);
    *rest = after;
    Ok(part)
}

fn take_array<const N: usize>(rest: &mut &[u8]) -> Result<[u8; N], String> {
    let mut array = [0u8; N];
    io::Cursor::new(take(rest, N as u64)?)
        .read_exact(&mut array)
        .map_err(|e| e.to_string())?;
    Ok(array)
}

/// Parses the results, assembles the agency's report and renders its three files: the same
/// function in the child and in `--no-isolation`, so both give the same bytes.
pub fn assemble_files(job: &AssemblyJob<'_>) -> Result<AssembledFiles, String> {
    let mut documents = Vec::with_capacity(job.results.len());
    let mut skipped = Vec::new();
    for (index, result) in job.results.iter().enumerate() {
        match serde_json::from_slice::<DocumentResult>(result) {
            Ok(document) => documents.push(document),
            Err(e) => skipped.push((index, format!("unreadable document result skipped: {e}"))),
        }
    }
    let report = analyse::assemble_report(
        job.agency.clone(),
        documents,
        job.tthc_csv,
        job.year,
        job.lang,
    );
    Ok(AssembledFiles {
        json: report::json::render(&report),
        docx: report::docx::render(&report)
            .map_err(|e| format!("cannot write report.docx: {e}"))?,
        html: report::html::render(&report).into_bytes(),
        skipped,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::DocumentResult;
    use crate::read::{Block, ExtractedDoc, Format, Paragraph};

    fn agency() -> AgencyInfo {
        AgencyInfo {
            id: "ubnd-xa-yen-dinh".into(),
            name: "UBND xã Yên Định".into(),
            level: "commune".into(),
        }
    }

    fn result(path: &str, text: &str) -> Vec<u8> {
        let doc = ExtractedDoc {
            blocks: vec![Block::Paragraph(Paragraph {
                text: text.into(),
                ..Paragraph::default()
            })],
            ..ExtractedDoc::default()
        };
        let analysed: DocumentResult = analyse::analyse_document(path, Format::Docx, Ok(doc));
        serde_json::to_vec(&analysed).expect("results serialise")
    }

    #[test]
    fn a_job_survives_its_body_and_a_broken_body_is_an_error() {
        let a = result(
            "QT-01 Kiểm soát tài liệu.docx",
            "QUY TRÌNH KIỂM SOÁT TÀI LIỆU",
        );
        let b = result("QT-02 Kiểm soát hồ sơ.docx", "QUY TRÌNH KIỂM SOÁT HỒ SƠ");
        let results = [a.as_slice(), b.as_slice()];
        let tthc = "Mã TTHC;Tên thủ tục\n1.001;Chứng thực bản sao\n".as_bytes();
        let agency = agency();
        let job = AssemblyJob {
            agency: &agency,
            year: 2025,
            lang: Lang::Vi,
            tthc_csv: Some(tthc),
            results: &results,
        };
        let body = encode(&job).expect("encodes");
        let decoded = decode(&body).expect("decodes");
        assert_eq!(decoded.header.agency, agency);
        assert_eq!(decoded.header.year, 2025);
        assert_eq!(decoded.tthc_csv, Some(tthc));
        assert_eq!(decoded.results, results.to_vec());

        for cut in [0, 3, 10, body.len() - 1] {
            assert!(decode(&body[..cut]).is_err(), "cut at {cut}");
        }
        let mut longer = body.clone();
        longer.push(b'x');
        assert!(decode(&longer).is_err());
        let mut lying = body.clone();
        lying[..4].copy_from_slice(&u32::MAX.to_be_bytes());
        assert!(decode(&lying).is_err());
    }

    #[test]
    fn an_unreadable_result_is_skipped_and_the_agency_still_assembled() {
        let good = result(
            "QT-01 Kiểm soát tài liệu.docx",
            "QUY TRÌNH KIỂM SOÁT TÀI LIỆU",
        );
        let results = [good.as_slice(), b"{not json".as_slice()];
        let agency = agency();
        let job = AssemblyJob {
            agency: &agency,
            year: 2025,
            lang: Lang::Vi,
            tthc_csv: None,
            results: &results,
        };
        let files = assemble_files(&job).expect("assembles");
        assert_eq!(files.skipped.len(), 1);
        assert_eq!(files.skipped[0].0, 1);
        let report: serde_json::Value = serde_json::from_slice(&files.json).expect("report.json");
        assert_eq!(report["documents"].as_array().map(Vec::len), Some(1));
        assert!(files.docx.starts_with(b"PK"), "report.docx is a zip");
        assert!(String::from_utf8_lossy(&files.html).contains("UBND xã Yên Định"));

        let wire = WireFiles::from_files(files.clone()).expect("text files are UTF-8");
        assert_eq!(wire.into_files().expect("hex decodes"), files);
    }
}

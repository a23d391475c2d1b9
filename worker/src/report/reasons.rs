//! Why a file could not be read, in the report language: the readers word their errors in
//! English (that text is what `report.json` keeps), and the printed reports say it in Vietnamese.

use super::model::Lang;

/// One reader message: the literal pieces around its variable parts, and the Vietnamese
/// sentence with `{0}`, `{1}` where those parts go.
struct Pattern {
    pieces: &'static [&'static str],
    vi: &'static str,
}

const fn p(pieces: &'static [&'static str], vi: &'static str) -> Pattern {
    Pattern { pieces, vi }
}

/// The messages of `read::ReadError` and `read::walk::unsupported_error`. A message that matches
/// none of them is shown as written: a reason in English beats no reason.
const PATTERNS: &[Pattern] = &[
    p(
        &["file is encrypted (password protected); save an unprotected copy and add it again"],
        "Tệp được đặt mật khẩu; hãy lưu một bản không đặt mật khẩu rồi đưa lại vào thư mục",
    ),
    p(
        &["scanned PDF without a text layer (needs OCR)"],
        "PDF là bản quét (ảnh chụp), không có lớp chữ; cần nhận dạng chữ (OCR) hoặc dùng bản Word gốc",
    ),
    p(
        &[
            "the PDF's text layer is garbled (Vietnamese letters are missing, e.g. \"",
            "\"); export the PDF again from the source document or OCR it",
        ],
        "Lớp chữ của PDF bị lỗi, mất chữ có dấu (ví dụ \"{0}\"); hãy xuất lại PDF từ tệp gốc hoặc nhận dạng chữ (OCR)",
    ),
    p(
        &["not a valid DOCX (", ")"],
        "Tệp DOCX bị hỏng hoặc không đầy đủ, không mở được; hãy lấy lại bản gốc (chi tiết kỹ thuật: {0})",
    ),
    p(
        &["damaged PDF (", ")"],
        "Tệp PDF bị hỏng, không mở được; hãy lấy lại bản gốc (chi tiết kỹ thuật: {0})",
    ),
    p(&["file is empty (0 bytes)"], "Tệp rỗng (0 byte)"),
    p(
        &["file is too large (", " bytes; the limit is ", " bytes)"],
        "Tệp quá lớn ({0} byte; giới hạn {1} byte)",
    ),
    p(
        &[
            "refused: ",
            " (the file looks like a zip bomb or is built to exhaust memory)",
        ],
        "Từ chối đọc: cấu trúc tệp bất thường, có thể làm cạn bộ nhớ (chi tiết kỹ thuật: {0})",
    ),
    p(
        &[
            "refused: ",
            " (the file is nested too deeply to read safely)",
        ],
        "Từ chối đọc: cấu trúc tệp lồng nhau quá sâu (chi tiết kỹ thuật: {0})",
    ),
    p(
        &["reading took longer than ", " seconds and was stopped"],
        "Đọc tệp quá {0} giây nên đã dừng; hãy mở và lưu lại tệp rồi chạy lại",
    ),
    p(
        &["the reader crashed on this file (", ")"],
        "Chương trình đọc gặp lỗi với tệp này (chi tiết kỹ thuật: {0})",
    ),
    p(
        &["could not open the file (", ")"],
        "Không mở được tệp (chi tiết kỹ thuật: {0})",
    ),
    p(
        &["Word lock file (", "): not a document, delete it"],
        "Tệp khóa tạm của Word ({0}): không phải tài liệu, hãy xóa",
    ),
    p(
        &["system file (", "): not a document, delete it"],
        "Tệp hệ thống ({0}): không phải tài liệu, hãy xóa",
    ),
    p(
        &[
            "file without an extension (",
            ") is not read; if it is a Word or PDF document, rename it to end in .docx or .pdf",
        ],
        "Tệp không có phần mở rộng ({0}) nên không được đọc; nếu là tài liệu Word hoặc PDF, hãy đổi tên cho có đuôi .docx hoặc .pdf",
    ),
    p(
        &[
            "Word 97-2003 document (.doc) is not read; convert it to DOCX",
            "",
        ],
        "Tài liệu Word 97-2003 (.doc) không được đọc; hãy mở bằng Word và lưu lại dạng .docx (hoặc chuyển đổi bằng LibreOffice)",
    ),
    p(
        &[
            "OpenDocument text (.",
            ") is not read; convert it to DOCX",
            "",
        ],
        "Văn bản OpenDocument (.{0}) không được đọc; hãy lưu lại dạng .docx",
    ),
    p(
        &["RTF document (.rtf) is not read; open it in Word or LibreOffice and save it as DOCX"],
        "Văn bản RTF (.rtf) không được đọc; hãy mở bằng Word hoặc LibreOffice và lưu lại dạng .docx",
    ),
    p(
        &[
            "word-processor file (.",
            ") is not read; save it as DOCX or PDF",
        ],
        "Tệp soạn thảo (.{0}) không được đọc; hãy lưu lại dạng .docx hoặc .pdf",
    ),
    p(
        &["plain text (.txt) is not read; paste it into a Word document and save it as DOCX"],
        "Tệp văn bản thuần (.txt) không được đọc; hãy dán nội dung vào Word và lưu dạng .docx",
    ),
    p(
        &[
            "spreadsheet (.",
            ") is not read; if it is a quality document (e.g. a risk register), export it to PDF",
        ],
        "Bảng tính (.{0}) không được đọc; nếu là tài liệu của hệ thống (ví dụ sổ theo dõi rủi ro), hãy xuất ra PDF",
    ),
    p(
        &["presentation (.", ") is not read; export it to PDF"],
        "Tệp trình chiếu (.{0}) không được đọc; hãy xuất ra PDF",
    ),
    p(
        &["image (.", "): scan it to PDF or type the document"],
        "Tệp ảnh (.{0}) không được đọc; hãy quét thành PDF có lớp chữ hoặc đánh máy lại tài liệu",
    ),
    p(
        &["archive (.", "): unpack it into the agency folder"],
        "Tệp nén (.{0}): hãy giải nén vào thư mục của cơ quan",
    ),
    p(
        &[
            "web page (.",
            ") is not read; open it in Word and save it as DOCX",
        ],
        "Trang web (.{0}) không được đọc; hãy mở bằng Word và lưu dạng .docx",
    ),
    p(
        &[
            "XML file (.xml) is not read; if it is a Word document, open it in Word and save it as DOCX",
        ],
        "Tệp XML (.xml) không được đọc; nếu là tài liệu Word, hãy mở bằng Word và lưu dạng .docx",
    ),
    p(
        &["document (.", ") is not read; print it to PDF"],
        "Tài liệu (.{0}) không được đọc; hãy in ra PDF",
    ),
    p(
        &[
            "shortcut (.",
            "): not a document, copy the document itself into the agency folder",
        ],
        "Lối tắt (.{0}): không phải tài liệu, hãy chép chính tài liệu vào thư mục của cơ quan",
    ),
    p(
        &[
            "e-mail (.",
            ") is not read; save its attachments into the agency folder",
        ],
        "Thư điện tử (.{0}) không được đọc; hãy lưu các tệp đính kèm vào thư mục của cơ quan",
    ),
    p(
        &[
            "temporary or backup file (.",
            "): not a document, delete it",
        ],
        "Tệp tạm hoặc bản sao lưu (.{0}): không phải tài liệu, hãy xóa",
    ),
    p(
        &[
            "program file (.",
            "): not a document, remove it from the agency folder",
        ],
        "Tệp chương trình (.{0}): không phải tài liệu, hãy bỏ khỏi thư mục của cơ quan",
    ),
    p(
        &[
            "unsupported file type (.",
            "): only DOCX and PDF documents are read; convert it to one of those",
        ],
        "Loại tệp không hỗ trợ (.{0}): chỉ đọc được tài liệu DOCX và PDF; hãy chuyển sang một trong hai dạng này",
    ),
];

/// The variable parts of `message` between the literal `pieces`, or `None` when it does not
/// have that shape. An empty last piece means "anything may follow" (for messages that end in
/// a command line we do not repeat).
fn captures<'a>(message: &'a str, pieces: &[&str]) -> Option<Vec<&'a str>> {
    let (first, rest) = pieces.split_first()?;
    let mut tail = message.strip_prefix(first)?;
    if rest.is_empty() {
        return tail.is_empty().then(Vec::new);
    }
    let mut out = Vec::with_capacity(rest.len());
    for (i, piece) in rest.iter().enumerate() {
        let last = i + 1 == rest.len();
        if last {
            if piece.is_empty() {
                return Some(out);
            }
            out.push(tail.strip_suffix(piece)?);
            return Some(out);
        }
        let at = tail.find(piece)?;
        out.push(&tail[..at]);
        tail = &tail[at + piece.len()..];
    }
    Some(out)
}

/// The reader's message in the report language. Vietnamese reports translate the messages the
/// readers are known to write; anything else, and every English report, shows the text as is.
pub fn reason(message: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return message.to_string();
    }
    for pattern in PATTERNS {
        if let Some(parts) = captures(message, pattern.pieces) {
            let mut out = pattern.vi.to_string();
            for (i, part) in parts.iter().enumerate() {
                out = out.replace(&format!("{{{i}}}"), part);
            }
            return out;
        }
    }
    message.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::ReadError;
    use crate::read::walk::unsupported_error;

    /// English words that only appear in an untranslated reason.
    fn looks_english(s: &str) -> bool {
        [
            "not a document",
            "is not read",
            "delete it",
            "needs OCR",
            "file is",
            "convert it",
        ]
        .iter()
        .any(|w| s.contains(w))
    }

    #[test]
    fn every_reader_error_is_translated() {
        let errors = [
            ReadError::Encrypted,
            ReadError::Scanned,
            ReadError::Garbled("H THNG QUN L".into()),
            ReadError::CorruptDocx("corrupt zip: Could not find EOCD".into()),
            ReadError::DamagedPdf("no trailer".into()),
            ReadError::Empty,
            ReadError::TooLarge {
                size: 300_000_000,
                limit: 200_000_000,
            },
            ReadError::Bomb("ratio 1000:1".into()),
            ReadError::TooDeep("table depth 200".into()),
            ReadError::Timeout(60),
            ReadError::Crashed("signal 11".into()),
            ReadError::Io("permission denied".into()),
        ];
        for e in errors {
            let en = e.to_string();
            let vi = reason(&en, Lang::Vi);
            assert_ne!(vi, en, "not translated: {en}");
            assert!(!looks_english(&vi), "{vi}");
        }
        assert_eq!(
            reason(
                &ReadError::TooLarge { size: 3, limit: 2 }.to_string(),
                Lang::Vi
            ),
            "Tệp quá lớn (3 byte; giới hạn 2 byte)"
        );
        assert!(
            reason(&ReadError::Garbled("H THNG".into()).to_string(), Lang::Vi)
                .contains("ví dụ \"H THNG\"")
        );
        assert!(
            reason(
                &ReadError::CorruptDocx("bad zip".into()).to_string(),
                Lang::Vi
            )
            .ends_with("(chi tiết kỹ thuật: bad zip)")
        );
    }

    #[test]
    fn every_unsupported_format_message_is_translated() {
        for name in [
            "~$QT-01.docx",
            "Thumbs.db",
            "README",
            "QT-01.doc",
            "a.odt",
            "a.rtf",
            "a.wpd",
            "a.txt",
            "So rui ro.xlsx",
            "a.pptx",
            "Anh chup.jpg",
            "a.zip",
            "a.htm",
            "a.xml",
            "a.xps",
            "a.lnk",
            "a.msg",
            "a.bak",
            "a.exe",
            "a.xyz",
        ] {
            let en = unsupported_error(name).to_string();
            let vi = reason(&en, Lang::Vi);
            assert_ne!(vi, en, "not translated: {en}");
            assert!(!looks_english(&vi), "{name}: {vi}");
        }
        assert_eq!(
            reason(&unsupported_error("Anh chup.jpg").to_string(), Lang::Vi),
            "Tệp ảnh (.jpg) không được đọc; hãy quét thành PDF có lớp chữ hoặc đánh máy lại tài liệu"
        );
    }

    #[test]
    fn unknown_messages_and_english_reports_are_kept() {
        assert_eq!(reason("something new", Lang::Vi), "something new");
        let en = ReadError::Scanned.to_string();
        assert_eq!(reason(&en, Lang::En), en);
        // A prefix alone is not a match: the literal ending must be there too.
        assert_eq!(reason("not a valid DOCX", Lang::Vi), "not a valid DOCX");
    }
}

//! A linear pre-scan of a PDF's bytes for array/dictionary nesting built to exhaust a parser's
//! stack. lopdf silently drops an object it cannot parse, so without this check such a file
//! would read as "no text" instead of being refused with a reason.

/// Deepest `[`/`<<` nesting found outside strings, comments and stream data; stops counting as
/// soon as `stop_at` is exceeded so the scan stays cheap on huge files.
pub fn max_nesting(bytes: &[u8], stop_at: usize) -> usize {
    let mut depth = 0usize;
    let mut deepest = 0usize;
    let mut i = 0usize;
    let n = bytes.len();
    while i < n {
        match bytes[i] {
            b'[' => {
                depth += 1;
                i += 1;
            }
            b'<' if bytes.get(i + 1) == Some(&b'<') => {
                depth += 1;
                i += 2;
            }
            b']' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b'>' if bytes.get(i + 1) == Some(&b'>') => {
                depth = depth.saturating_sub(1);
                i += 2;
            }
            b'(' => i = skip_string(bytes, i + 1),
            b'%' => i = skip_line(bytes, i + 1),
            b's' if bytes[i..].starts_with(b"stream") && !is_endstream(bytes, i) => {
                i = skip_stream(bytes, i + 6);
                // A stream always ends its object, whatever was left open before it.
                depth = 0;
            }
            _ => i += 1,
        }
        if depth > deepest {
            deepest = depth;
            if deepest > stop_at {
                return deepest;
            }
        }
    }
    deepest
}

fn is_endstream(bytes: &[u8], i: usize) -> bool {
    i >= 3 && &bytes[i - 3..i] == b"end"
}

fn skip_string(bytes: &[u8], mut i: usize) -> usize {
    let mut level = 1usize;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'(' => {
                level += 1;
                i += 1;
            }
            b')' => {
                level -= 1;
                i += 1;
                if level == 0 {
                    return i;
                }
            }
            _ => i += 1,
        }
    }
    i
}

fn skip_line(bytes: &[u8], i: usize) -> usize {
    bytes[i.min(bytes.len())..]
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .map_or(bytes.len(), |p| i + p + 1)
}

fn skip_stream(bytes: &[u8], i: usize) -> usize {
    let rest = &bytes[i.min(bytes.len())..];
    rest.windows(9)
        .position(|w| w == b"endstream")
        .map_or(bytes.len(), |p| i + p + 9)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_objects_are_shallow() {
        let pdf = b"%PDF-1.4\n1 0 obj << /Type /Page /MediaBox [0 0 595 842] /Resources << /Font << /F1 2 0 R >> >> >> endobj";
        assert_eq!(max_nesting(pdf, 100), 3);
    }

    #[test]
    fn brackets_in_strings_comments_and_streams_do_not_count() {
        let pdf = b"1 0 obj << /T (a [[[ ( nested ) \\( [[[ ) >> endobj\n% [[[[[[[[\n2 0 obj << /Length 9 >> stream\n[[[[[[[[[\nendstream endobj";
        assert_eq!(max_nesting(pdf, 100), 1);
    }

    #[test]
    fn a_stack_bomb_is_seen_early() {
        let mut pdf = b"1 0 obj ".to_vec();
        pdf.extend(std::iter::repeat_n(b'[', 1_000_000));
        assert_eq!(max_nesting(&pdf, 500), 501);
    }
}

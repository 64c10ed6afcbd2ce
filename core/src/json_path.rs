//! The path of an input error, found from where serde_json stopped in the
//! text. Tracking the path while decoding (serde_path_to_error) wraps every
//! field's deserializer in a generic type, one copy per field type: 124 KB of
//! the 786 KB module. Errors are rare, so the path is worked out afterwards,
//! by walking the text up to the error's position. serde_json still reads
//! everything; this walk only follows brackets, commas and keys.

/// One open container, and where in it the reader was.
enum Frame {
    /// An object, with the key of the member being read (none between
    /// members).
    Object(Option<String>),
    /// An array, with the index of the element being read.
    Array(usize),
}

/// The path (`images[2].sharedWith[0]`) of the value that was being read at
/// byte `offset` of `json`: the member whose key or value ends there, or the
/// container the reader had just closed. The root is the empty path.
pub(crate) fn path_at(json: &str, offset: usize) -> String {
    let bytes = &json.as_bytes()[..offset.min(json.len())];
    let mut frames: Vec<Frame> = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'"' => {
                let Some(end) = string_end(bytes, at) else {
                    break;
                };
                if let Some(Frame::Object(key @ None)) = frames.last_mut() {
                    *key = Some(serde_json::from_str(&json[at..=end]).unwrap_or_default());
                }
                at = end;
            }
            b'{' => frames.push(Frame::Object(None)),
            b'[' => frames.push(Frame::Array(0)),
            b'}' | b']' => {
                frames.pop();
            }
            b',' => match frames.last_mut() {
                Some(Frame::Object(key)) => *key = None,
                Some(Frame::Array(index)) => *index += 1,
                None => {}
            },
            _ => {}
        }
        at += 1;
    }
    let mut path = String::new();
    for frame in &frames {
        match frame {
            Frame::Object(Some(key)) if path.is_empty() => path.push_str(key),
            Frame::Object(Some(key)) => {
                path.push('.');
                path.push_str(key);
            }
            Frame::Object(None) => break,
            Frame::Array(index) => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// The index of the quote closing the string that opens at `start`, if the
/// text holds it.
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut at = start + 1;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'"' => return Some(at),
            _ => at += 1,
        }
    }
    None
}

/// The byte offset of serde_json's one-based `line` and byte `column`.
pub(crate) fn offset_of(json: &str, line: usize, column: usize) -> usize {
    let start_of_line = json
        .match_indices('\n')
        .nth(line.saturating_sub(2))
        .filter(|_| line > 1)
        .map_or(0, |(at, _)| at + 1);
    start_of_line + column
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_member_the_reader_stopped_in() {
        let json = r#"{"images":[{"id":"m-1"},{"id":"m-2","sharedWith":["a","b c"]}]}"#;
        let at = |needle: &str| json.find(needle).unwrap() + needle.len();
        assert_eq!(path_at(json, at(r#""b c""#)), "images[1].sharedWith[1]");
        assert_eq!(path_at(json, at(r#""sharedWith""#)), "images[1].sharedWith");
        assert_eq!(path_at(json, at(r#""m-1"}"#)), "images[0]");
        assert_eq!(path_at(json, at(r#""m-1"},"#)), "images[1]");
        assert_eq!(path_at(json, json.len()), "");
        assert_eq!(path_at(json, 1), "");
    }

    #[test]
    fn keys_are_unescaped_and_strings_may_hold_brackets() {
        let json = r#"{"a\"b":{"x":"[{,"},"c":5}"#;
        assert_eq!(path_at(json, json.find("5").unwrap()), "c");
        assert_eq!(path_at(json, json.find("[{").unwrap() + 4), r#"a"b.x"#);
        assert_eq!(path_at(json, json.find("[{").unwrap() + 5), r#"a"b"#);
    }

    #[test]
    fn lines_count_from_one() {
        let json = "{\n  \"a\": 1,\n  \"b\": x\n}";
        let offset = offset_of(json, 3, 7);
        assert_eq!(&json[offset..offset + 1], "x");
        assert_eq!(offset_of("abc", 1, 2), 2);
    }
}

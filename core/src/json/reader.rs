//! A pull reader over JSON text: typed decoders read straight from the text,
//! with no intermediate tree, and every error carries the path it happened at.
//! Numbers are checked but never converted: the model has none, so no float
//! code is linked.

use std::borrow::Cow;

/// Deepest nesting of arrays and objects accepted.
pub const MAX_DEPTH: usize = 128;

/// A decoding error: where (a path built while the error travels outwards)
/// and what was expected.
#[derive(Debug, PartialEq, Eq)]
pub struct Fault {
    pub path: String,
    pub message: String,
}

impl Fault {
    /// An error at the value being read.
    pub fn new(message: impl Into<String>) -> Fault {
        Fault {
            path: String::new(),
            message: message.into(),
        }
    }

    /// The error seen from the object holding `field`.
    pub fn in_field(self, field: &str) -> Fault {
        self.under(field)
    }

    /// The error seen from the array holding element `index`.
    pub fn in_element(self, index: usize) -> Fault {
        self.under(&format!("[{index}]"))
    }

    fn under(mut self, segment: &str) -> Fault {
        let sep = if self.path.is_empty() || self.path.starts_with('[') {
            ""
        } else {
            "."
        };
        self.path = format!("{segment}{sep}{}", self.path);
        self
    }
}

/// What kind of JSON value comes next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

/// A position in JSON text. Cheap to copy, so a decoder may look ahead.
#[derive(Clone)]
pub struct Reader<'a> {
    text: &'a str,
    pos: usize,
    depth: usize,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Reader<'a> {
        Reader {
            text,
            pos: 0,
            depth: 0,
        }
    }

    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.bytes().get(self.pos) {
            self.pos += 1;
        }
    }

    fn syntax(&self, expected: &str) -> Fault {
        match self.bytes().get(self.pos) {
            None => Fault::new(format!("invalid JSON: expected {expected}, got the end")),
            Some(_) => Fault::new(format!(
                "invalid JSON: expected {expected} at character {}",
                self.text[..self.pos].chars().count()
            )),
        }
    }

    /// The kind of the next value.
    pub fn peek(&mut self) -> Result<Kind, Fault> {
        self.skip_space();
        Ok(match self.bytes().get(self.pos) {
            Some(b'n') => Kind::Null,
            Some(b't' | b'f') => Kind::Bool,
            Some(b'-' | b'0'..=b'9') => Kind::Number,
            Some(b'"') => Kind::String,
            Some(b'[') => Kind::Array,
            Some(b'{') => Kind::Object,
            _ => return Err(self.syntax("a value")),
        })
    }

    /// Checks that only whitespace is left.
    pub fn end(&mut self) -> Result<(), Fault> {
        self.skip_space();
        if self.pos == self.text.len() {
            Ok(())
        } else {
            Err(self.syntax("the end of the text"))
        }
    }

    fn literal(&mut self, word: &str) -> Result<(), Fault> {
        if self.text[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(self.syntax(word))
        }
    }

    /// A fault saying `expected` was wanted, naming what is there instead.
    /// Leaves the reader where it was.
    pub fn unexpected(&mut self, expected: &str) -> Fault {
        let got = match self.peek() {
            Err(fault) => return fault,
            Ok(Kind::Null) => "null".to_string(),
            Ok(Kind::Bool) => {
                let word = if self.bytes()[self.pos] == b't' {
                    "true"
                } else {
                    "false"
                };
                format!("boolean {word}")
            }
            Ok(Kind::Number) => {
                let mut ahead = self.clone();
                match ahead.number() {
                    Ok(text) => format!("number {text}"),
                    Err(fault) => return fault,
                }
            }
            Ok(Kind::String) => {
                let mut ahead = self.clone();
                match ahead.string() {
                    Ok(text) => format!("string {}", crate::text::quote(&text)),
                    Err(fault) => return fault,
                }
            }
            Ok(Kind::Array) => "an array".to_string(),
            Ok(Kind::Object) => "an object".to_string(),
        };
        Fault::new(format!("expected {expected}, got {got}"))
    }

    /// `null`, when it is next; `Ok(false)` leaves the reader in place.
    pub fn null(&mut self) -> Result<bool, Fault> {
        if self.peek()? == Kind::Null {
            self.literal("null")?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    pub fn boolean(&mut self) -> Result<bool, Fault> {
        match self.peek()? {
            Kind::Bool if self.bytes()[self.pos] == b't' => self.literal("true").map(|()| true),
            Kind::Bool => self.literal("false").map(|()| false),
            _ => Err(self.unexpected("a boolean")),
        }
    }

    /// A number's text, checked against JSON's grammar.
    fn number(&mut self) -> Result<&'a str, Fault> {
        let start = self.pos;
        let digits = |r: &mut Reader<'a>| {
            let from = r.pos;
            while let Some(b'0'..=b'9') = r.bytes().get(r.pos) {
                r.pos += 1;
            }
            r.pos > from
        };
        if self.bytes().get(self.pos) == Some(&b'-') {
            self.pos += 1;
        }
        if self.bytes().get(self.pos) == Some(&b'0') {
            self.pos += 1;
        } else if !digits(self) {
            return Err(self.syntax("a digit"));
        }
        if self.bytes().get(self.pos) == Some(&b'.') {
            self.pos += 1;
            if !digits(self) {
                return Err(self.syntax("a digit"));
            }
        }
        if let Some(b'e' | b'E') = self.bytes().get(self.pos) {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.bytes().get(self.pos) {
                self.pos += 1;
            }
            if !digits(self) {
                return Err(self.syntax("a digit"));
            }
        }
        Ok(&self.text[start..self.pos])
    }

    /// A string, borrowed from the text unless it has escapes.
    pub fn string(&mut self) -> Result<Cow<'a, str>, Fault> {
        if self.peek()? != Kind::String {
            return Err(self.unexpected("a string"));
        }
        self.pos += 1;
        let start = self.pos;
        loop {
            match self.bytes().get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(Cow::Borrowed(&self.text[start..self.pos - 1]));
                }
                Some(b'\\') => break,
                Some(0..=0x1f) => return Err(self.syntax("no control character in a string")),
                Some(_) => self.pos += 1,
                None => return Err(self.syntax("a closing quote")),
            }
        }
        let mut owned = String::from(&self.text[start..self.pos]);
        loop {
            match self.bytes().get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(Cow::Owned(owned));
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escaped = match self.bytes().get(self.pos) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.pos += 1;
                            owned.push(self.unicode_escape()?);
                            continue;
                        }
                        _ => return Err(self.syntax("an escape")),
                    };
                    self.pos += 1;
                    owned.push(escaped);
                }
                Some(0..=0x1f) => return Err(self.syntax("no control character in a string")),
                Some(_) => {
                    // Copy up to the next quote or escape in one go.
                    let from = self.pos;
                    while let Some(&b) = self.bytes().get(self.pos) {
                        if b == b'"' || b == b'\\' || b < 0x20 {
                            break;
                        }
                        self.pos += 1;
                    }
                    owned.push_str(&self.text[from..self.pos]);
                }
                None => return Err(self.syntax("a closing quote")),
            }
        }
    }

    /// The code point of `\uXXXX` (after the `u`), pairing surrogates.
    fn unicode_escape(&mut self) -> Result<char, Fault> {
        let first = self.hex4()?;
        let code = match first {
            0xd800..=0xdbff => {
                if !self.text[self.pos..].starts_with("\\u") {
                    return Err(self.syntax("the low half of a surrogate pair"));
                }
                self.pos += 2;
                let second = self.hex4()?;
                if !(0xdc00..=0xdfff).contains(&second) {
                    return Err(self.syntax("the low half of a surrogate pair"));
                }
                0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
            }
            0xdc00..=0xdfff => return Err(self.syntax("no lone surrogate")),
            _ => first,
        };
        char::from_u32(code).ok_or_else(|| self.syntax("a valid code point"))
    }

    fn hex4(&mut self) -> Result<u32, Fault> {
        let digits = self
            .text
            .get(self.pos..self.pos + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.syntax("four hex digits"))?;
        self.pos += 4;
        u32::from_str_radix(digits, 16).map_err(|_| self.syntax("four hex digits"))
    }

    fn enter(&mut self, open: u8) -> Result<(), Fault> {
        if self.depth == MAX_DEPTH {
            return Err(Fault::new(format!(
                "recursion limit exceeded: nested more than {MAX_DEPTH} deep"
            )));
        }
        self.depth += 1;
        debug_assert_eq!(self.bytes()[self.pos], open);
        self.pos += 1;
        Ok(())
    }

    /// Reads an array, calling `element` for each element; errors inside
    /// it are reported at `[index]`.
    pub fn array(
        &mut self,
        expected: &str,
        mut element: impl FnMut(&mut Self, usize) -> Result<(), Fault>,
    ) -> Result<(), Fault> {
        self.array_dyn(expected, &mut element)
    }

    // One copy of the loop for every caller: a generic one per closure
    // cost kilobytes of WebAssembly each.
    fn array_dyn(
        &mut self,
        expected: &str,
        element: &mut dyn FnMut(&mut Self, usize) -> Result<(), Fault>,
    ) -> Result<(), Fault> {
        if self.peek()? != Kind::Array {
            return Err(self.unexpected(expected));
        }
        self.enter(b'[')?;
        let mut index = 0;
        while !self.leave(b']', index > 0)? {
            element(self, index).map_err(|f| f.in_element(index))?;
            index += 1;
        }
        Ok(())
    }

    /// Reads an object, calling `member` with each key; errors inside a
    /// member are reported at its key.
    pub fn object(
        &mut self,
        expected: &str,
        mut member: impl FnMut(&mut Self, &str) -> Result<(), Fault>,
    ) -> Result<(), Fault> {
        self.object_dyn(expected, &mut member)
    }

    fn object_dyn(
        &mut self,
        expected: &str,
        member: &mut dyn FnMut(&mut Self, &str) -> Result<(), Fault>,
    ) -> Result<(), Fault> {
        if self.peek()? != Kind::Object {
            return Err(self.unexpected(expected));
        }
        self.enter(b'{')?;
        let mut first = true;
        while !self.leave(b'}', !first)? {
            first = false;
            self.skip_space();
            if self.bytes().get(self.pos) != Some(&b'"') {
                return Err(self.syntax("a key in quotes"));
            }
            let key = self.string()?;
            self.skip_space();
            if self.bytes().get(self.pos) != Some(&b':') {
                return Err(self.syntax("':'"));
            }
            self.pos += 1;
            member(self, &key).map_err(|f| f.in_field(&key))?;
        }
        Ok(())
    }

    /// Reads the `close` of an array or object (then true), or, after its
    /// first item, the comma before the next one (then false).
    fn leave(&mut self, close: u8, after_item: bool) -> Result<bool, Fault> {
        self.skip_space();
        match self.bytes().get(self.pos) {
            Some(&b) if b == close => {
                self.pos += 1;
                self.depth -= 1;
                Ok(true)
            }
            Some(b',') if after_item => {
                self.pos += 1;
                Ok(false)
            }
            _ if after_item => Err(self.syntax(if close == b']' {
                "',' or ']'"
            } else {
                "',' or '}'"
            })),
            _ => Ok(false),
        }
    }

    /// Reads past the next value, whatever it is.
    pub fn skip(&mut self) -> Result<(), Fault> {
        match self.peek()? {
            Kind::Null => self.literal("null"),
            Kind::Bool => self.boolean().map(drop),
            Kind::Number => self.number().map(drop),
            Kind::String => self.string().map(drop),
            Kind::Array => self.array("an array", |r, _| r.skip()),
            Kind::Object => self.object("an object", |r, _| r.skip()),
        }
    }
}

/// `name` as a required field: its value, or "missing field".
pub fn required<T>(value: Option<T>, name: &str) -> Result<T, Fault> {
    value.ok_or_else(|| Fault::new(format!("missing field `{name}`")).in_field(name))
}

/// `` `a`, `b`, `c` ``: the accepted names, for messages.
pub fn backticked(names: &[&str]) -> String {
    let mut out = String::new();
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push('`');
        out.push_str(name);
        out.push('`');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(text: &str) -> Result<Vec<String>, Fault> {
        let mut r = Reader::new(text);
        let mut out = Vec::new();
        r.array("an array", |r, _| {
            out.push(r.string()?.into_owned());
            Ok(())
        })?;
        r.end()?;
        Ok(out)
    }

    #[test]
    fn strings_unescape_and_pair_surrogates() {
        assert_eq!(
            strings(r#"["a", "b\"\\\/\n\t", "\u00e9\ud83d\ude00", "中"]"#).unwrap(),
            ["a", "b\"\\/\n\t", "é😀", "中"]
        );
        assert!(strings(r#"["\ud83d"]"#).is_err());
        assert!(strings(r#"["\ude00"]"#).is_err());
        assert!(strings("[\"a\u{1}\"]").is_err());
        assert!(strings(r#"["\x"]"#).is_err());
    }

    #[test]
    fn syntax_errors_are_faults_not_panics() {
        for bad in [
            "",
            "[",
            "[1,]",
            "[01]",
            "[1.]",
            "[-]",
            "[1e]",
            "{\"a\" 1}",
            "[nul]",
            "[\"a\"] x",
            "{1:2}",
        ] {
            let mut r = Reader::new(bad);
            let result = r.skip().and_then(|()| r.end());
            assert!(result.is_err(), "{bad:?} was accepted");
        }
        for good in [
            "-0.5e+10",
            "[]",
            "{}",
            " [ 1 , {\"a\": [null, true, false]} ] ",
        ] {
            let mut r = Reader::new(good);
            assert_eq!(r.skip().and_then(|()| r.end()), Ok(()), "{good:?}");
        }
    }

    #[test]
    fn paths_grow_outwards() {
        let mut r = Reader::new(r#"{"images": [{"id": "x"}, {"id": 5}]}"#);
        let fault = r
            .object("an object", |r, _| {
                r.array("an array", |r, _| {
                    r.object("an object", |r, _| r.string().map(drop))
                })
            })
            .unwrap_err();
        assert_eq!(fault.path, "images[1].id");
        assert_eq!(fault.message, "expected a string, got number 5");
    }

    #[test]
    fn nesting_is_limited() {
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        let fault = Reader::new(&deep).skip().unwrap_err();
        assert!(
            fault.message.contains("recursion limit"),
            "{}",
            fault.message
        );
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert_eq!(Reader::new(&ok).skip(), Ok(()));
    }
}

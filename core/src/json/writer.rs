//! JSON text out: a trait for the types the API returns and a writer that
//! keeps commas and escapes right.

/// A type the API returns as JSON.
pub trait ToJson {
    fn write_json(&self, out: &mut String);

    /// The value as JSON text.
    fn to_json(&self) -> String {
        let mut out = String::with_capacity(256);
        self.write_json(&mut out);
        out
    }
}

impl ToJson for str {
    fn write_json(&self, out: &mut String) {
        out.push('"');
        let mut from = 0;
        for (at, byte) in self.bytes().enumerate() {
            let escaped = match byte {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0..=0x1f => "",
                _ => continue,
            };
            out.push_str(&self[from..at]);
            if escaped.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[usize::from(byte >> 4)] as char);
                out.push(HEX[usize::from(byte & 15)] as char);
            } else {
                out.push_str(escaped);
            }
            from = at + 1;
        }
        out.push_str(&self[from..]);
        out.push('"');
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut String) {
        self.as_str().write_json(out);
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl ToJson for usize {
    fn write_json(&self, out: &mut String) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut rest = *self;
        loop {
            at -= 1;
            digits[at] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        for &digit in &digits[at..] {
            out.push(digit as char);
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            item.write_json(out);
        }
        out.push(']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}

/// Writes one object's members; `end` closes it.
pub struct ObjectWriter<'o> {
    out: &'o mut String,
    empty: bool,
}

impl<'o> ObjectWriter<'o> {
    pub fn begin(out: &'o mut String) -> ObjectWriter<'o> {
        out.push('{');
        ObjectWriter { out, empty: true }
    }

    /// Writes `"name":` and returns the buffer for the value.
    pub fn key(&mut self, name: &str) -> &mut String {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        name.write_json(self.out);
        self.out.push(':');
        self.out
    }

    pub fn field<T: ToJson + ?Sized>(&mut self, name: &str, value: &T) -> &mut Self {
        value.write_json(self.key(name));
        self
    }

    /// The field, unless it is `None`.
    pub fn optional<T: ToJson>(&mut self, name: &str, value: &Option<T>) -> &mut Self {
        if let Some(value) = value {
            self.field(name, value);
        }
        self
    }

    /// The field, unless the list is empty.
    pub fn nonempty<T: ToJson>(&mut self, name: &str, values: &[T]) -> &mut Self {
        if !values.is_empty() {
            self.field(name, values);
        }
        self
    }

    /// The field, only when true.
    pub fn flag(&mut self, name: &str, value: bool) -> &mut Self {
        if value {
            self.field(name, &true);
        }
        self
    }

    pub fn end(&mut self) {
        self.out.push('}');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_quotes_backslashes_and_controls() {
        assert_eq!("a\"b\\c\nd\u{1}é".to_json(), r#""a\"b\\c\nd\u0001é""#);
    }

    #[test]
    fn numbers_and_lists() {
        assert_eq!(0usize.to_json(), "0");
        assert_eq!(1_234_567usize.to_json(), "1234567");
        assert_eq!(vec![true, false].to_json(), "[true,false]");
    }

    #[test]
    fn objects_leave_out_empty_fields() {
        let mut out = String::new();
        let none: Option<bool> = None;
        ObjectWriter::begin(&mut out)
            .field("a", &1usize)
            .optional("b", &none)
            .nonempty::<bool>("c", &[])
            .flag("d", false)
            .flag("e", true)
            .end();
        assert_eq!(out, r#"{"a":1,"e":true}"#);
    }
}

//! `Decision` as JSON: `{ allowed, reasons, warnings, consequences }`.

use crate::decision::{Decision, Details, KeptSnapshot, Reason};
use crate::json::{ObjectWriter, ToJson};

impl ToJson for Decision {
    fn write_json(&self, out: &mut String) {
        ObjectWriter::begin(out)
            .field("allowed", &self.allowed)
            .field("reasons", &self.reasons)
            .field("warnings", &self.warnings)
            .field("consequences", &self.consequences)
            .end();
    }
}

impl ToJson for Reason {
    fn write_json(&self, out: &mut String) {
        let mut o = ObjectWriter::begin(out);
        o.field("rule", &self.rule)
            .field("code", &self.code)
            .field("message", &self.message);
        if !self.details.is_empty() {
            o.field("details", &self.details);
        }
        o.end();
    }
}

impl ToJson for Details {
    fn write_json(&self, out: &mut String) {
        ObjectWriter::begin(out)
            .optional("providerCode", &self.provider_code)
            .nonempty("accounts", &self.accounts)
            .nonempty("instances", &self.instances)
            .nonempty("snapshots", &self.snapshots)
            .nonempty("images", &self.images)
            .nonempty("kept", &self.kept)
            .optional("status", &self.status)
            .optional("region", &self.region)
            .optional("limit", &self.limit)
            .optional("current", &self.current)
            .optional("requested", &self.requested)
            .optional("field", &self.field)
            .end();
    }
}

impl ToJson for KeptSnapshot {
    fn write_json(&self, out: &mut String) {
        ObjectWriter::begin(out)
            .field("snapshotId", &self.snapshot_id)
            .field("because", &self.because)
            .end();
    }
}

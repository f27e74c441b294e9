//! Template helpers for the house formats, bound to the letter's language:
//! `{{date d}}`, `{{date-range-subject a b}}`, `{{date-range-text a b}}`, `{{time t}}`,
//! `{{time-range a b}}`, `{{time-range-hours a b}}`, `{{join list}}`, `{{join-or list}}`,
//! `{{capitalize text}}`. Dates are `YYYY-MM-DD`, times `HH:MM`.

use chrono::{NaiveDate, NaiveTime};
use handlebars::{
    Context, Handlebars, Helper, HelperDef, RenderContext, RenderError, RenderErrorReason,
    ScopedJson,
};
use serde_json::Value;

use crate::locale::{Lang, capitalize};

type Format = fn(Lang, &[Value]) -> Result<String, String>;

/// A helper that formats its parameters in one language.
struct Formatter {
    lang: Lang,
    format: Format,
}

impl HelperDef for Formatter {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        helper: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        let params: Vec<Value> = helper
            .params()
            .iter()
            .map(|param| param.value().clone())
            .collect();
        let text = (self.format)(self.lang, &params).map_err(|message| {
            RenderErrorReason::Other(format!("helper `{}`: {message}", helper.name()))
        })?;
        Ok(ScopedJson::Derived(Value::String(text)))
    }
}

pub fn register(registry: &mut Handlebars, lang: Lang) {
    let helpers: [(&str, Format); 9] = [
        ("date", |lang, p| Ok(lang.date(date(p, 0)?))),
        ("date-range-subject", |lang, p| {
            Ok(lang.date_range_subject(date(p, 0)?, date(p, 1)?))
        }),
        ("date-range-text", |lang, p| {
            Ok(lang.date_range_text(date(p, 0)?, date(p, 1)?))
        }),
        ("time", |lang, p| {
            lang.clock(text(p, 0)?).ok_or_else(|| bad_time(p))
        }),
        ("time-range", |lang, p| {
            Ok(lang.time_range(time(p, 0)?, time(p, 1)?))
        }),
        ("time-range-hours", |lang, p| {
            Ok(lang.time_range_hours(time(p, 0)?, time(p, 1)?))
        }),
        ("join", |lang, p| Ok(lang.join(&strings(p)?))),
        ("join-or", |lang, p| Ok(lang.join_or(&strings(p)?))),
        ("capitalize", |_, p| Ok(capitalize(text(p, 0)?))),
    ];
    for (name, format) in helpers {
        registry.register_helper(name, Box::new(Formatter { lang, format }));
    }
}

fn text(params: &[Value], index: usize) -> Result<&str, String> {
    match params.get(index) {
        Some(Value::String(text)) => Ok(text),
        Some(other) => Err(format!(
            "parameter {} should be text, not `{other}`",
            index + 1
        )),
        None => Err(format!("parameter {} is missing", index + 1)),
    }
}

fn date(params: &[Value], index: usize) -> Result<NaiveDate, String> {
    let text = text(params, index)?;
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("`{text}` is not a YYYY-MM-DD date"))
}

fn time(params: &[Value], index: usize) -> Result<NaiveTime, String> {
    let text = text(params, index)?;
    NaiveTime::parse_from_str(text, "%H:%M").map_err(|_| format!("`{text}` is not an HH:MM time"))
}

fn bad_time(params: &[Value]) -> String {
    format!(
        "`{}` is not an HH:MM time",
        text(params, 0).unwrap_or_default()
    )
}

/// One list parameter, or several text parameters.
fn strings(params: &[Value]) -> Result<Vec<String>, String> {
    let values = match params {
        [Value::Array(items)] => items.as_slice(),
        _ => params,
    };
    let each = values.iter().enumerate();
    each.map(|(i, _)| text(values, i).map(String::from))
        .collect()
}

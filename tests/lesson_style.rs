//! House style shared by every lesson's Go source, so that new lessons copy one habit.

use chanlab::course::Course;

/// Examples whose point is the old loop-variable bug and its fixes (they pass the variable on
/// purpose).
const SHOWS_LOOP_CAPTURE: &[&str] = &["loop-capture"];

#[test]
fn goroutine_closures_capture_loop_variables_instead_of_taking_them_as_arguments() {
    // Since Go 1.22 each loop iteration has its own variable, so `go func() { use(v) }()` is
    // correct; the fan-in lesson says why once, and the examples keep to that one style.
    let (course, problems) = Course::load();
    assert!(problems.is_empty(), "{problems:?}");
    let mut checked = 0;
    for ex in course.examples().filter(|e| !SHOWS_LOOP_CAPTURE.contains(&e.id.as_str())) {
        for (i, l) in ex.template.lines().enumerate() {
            if let Some(rest) = l.trim_start().strip_prefix("go func(") {
                checked += 1;
                assert!(rest.starts_with(')'), "{}.go.tmpl:{}: {}", ex.id, i + 1, l.trim());
            }
        }
    }
    assert!(checked >= 10, "only {checked} goroutine closures found: is the template text loaded?");
}

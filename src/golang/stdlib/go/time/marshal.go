// Time's ISO week, its Go-syntax form, and its text and JSON encodings (RFC 3339 with
// nanoseconds, years 0 to 9999), as Go writes and reads them. chanlab's times are UTC.
package time

import "errors"

// ISOWeek returns the ISO 8601 year and week number: weeks start on Monday and week 1
// holds the year's first Thursday.
func (t Time) ISOWeek() (year, week int) {
	d := int(Thursday - t.Weekday())
	if d == 4 {
		d = -3 // a Sunday belongs to the week of the Thursday before it
	}
	th := t.AddDate(0, 0, d)
	year, _, _ = th.Date()
	return year, (th.YearDay()-1)/7 + 1
}

// IsDST reports whether the time is in daylight saving time (never, in UTC).
func (t Time) IsDST() bool { return false }

// ZoneBounds returns the bounds of the time's zone period (zero Times for UTC).
func (t Time) ZoneBounds() (start, end Time) { return }

// GoString returns the time as Go source: time.Date(...).
func (t Time) GoString() string {
	y, m, d := t.Date()
	n := func(v int) string { return itoa(int64(v)) }
	return "time.Date(" + n(y) + ", time." + m.String() + ", " + n(d) + ", " + n(t.Hour()) + ", " +
		n(t.Minute()) + ", " + n(t.Second()) + ", " + n(t.Nanosecond()) + ", time.UTC)"
}

func (t Time) strictRFC3339(who string) (string, error) {
	if y := t.Year(); y < 0 || y > 9999 {
		return "", errors.New(who + ": year outside of range [0,9999]")
	}
	return t.Format(RFC3339Nano), nil
}

// AppendText appends the time in RFC 3339 form with nanoseconds to b.
func (t Time) AppendText(b []byte) ([]byte, error) {
	s, err := t.strictRFC3339("Time.MarshalText")
	if err != nil {
		return nil, err
	}
	return append(b, s...), nil
}

// MarshalText returns the time in RFC 3339 form with nanoseconds.
func (t Time) MarshalText() ([]byte, error) { return t.AppendText(nil) }

// MarshalJSON returns the time as a quoted RFC 3339 string.
func (t Time) MarshalJSON() ([]byte, error) {
	s, err := t.strictRFC3339("Time.MarshalJSON")
	if err != nil {
		return nil, err
	}
	return []byte(`"` + s + `"`), nil
}

// UnmarshalText reads a time in RFC 3339 form.
func (t *Time) UnmarshalText(data []byte) error {
	v, err := Parse(RFC3339, string(data))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// UnmarshalJSON reads a quoted RFC 3339 time ("null" leaves t as it is).
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return errors.New("Time.UnmarshalJSON: input is not a JSON string")
	}
	return t.UnmarshalText(data[1 : len(data)-1])
}

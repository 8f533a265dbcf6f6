// time.Parse and ParseInLocation for the reference layouts (chanlab keeps times in UTC: a
// parsed offset is applied to give the same instant in UTC).

package time

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

// digits reads between min and max decimal digits from the start of s.
func digits(s string, min, max int) (int, string, bool) {
	n, i := 0, 0
	for i < len(s) && i < max && '0' <= s[i] && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i < min {
		return 0, s, false
	}
	return n, s[i:], true
}

// lookupName matches one of names (case-insensitively) at the start of s.
func lookupName(names []string, s string) (int, string, bool) {
	for i, n := range names {
		if len(s) >= len(n) && equalFold(s[:len(n)], n) {
			return i, s[len(n):], true
		}
	}
	return -1, s, false
}

func equalFold(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 32
		}
		if 'A' <= y && y <= 'Z' {
			y += 32
		}
		if x != y {
			return false
		}
	}
	return true
}

func shortNames(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n[:3]
	}
	return out
}

// parsed collects the fields of a time being parsed.
type parsed struct {
	year, month, day, yday, hour, min, sec, nsec, offset int
	pm, pmSet                                            bool
}

// parseToken consumes the value of layout element tok from s.
func parseToken(p *parsed, tok, s string) (string, string, bool) {
	var ok bool
	switch tok {
	case "2006":
		p.year, s, ok = digits(s, 4, 4)
	case "06":
		p.year, s, ok = digits(s, 2, 2)
		p.year += 1900
		if p.year < 1969 {
			p.year += 100
		}
	case "01", "1":
		p.month, s, ok = digits(s, len(tok), 2)
	case "January", "Jan":
		names := longMonthNames
		if tok == "Jan" {
			names = shortNames(names)
		}
		p.month, s, ok = lookupName(names, s)
		p.month++
	case "Monday", "Mon":
		names := longDayNames
		if tok == "Mon" {
			names = shortNames(names)
		}
		_, s, ok = lookupName(names, s)
	case "02", "2", "_2":
		if tok == "_2" && len(s) > 0 && s[0] == ' ' {
			s = s[1:]
		}
		min := 1
		if tok == "02" {
			min = 2
		}
		p.day, s, ok = digits(s, min, 2)
	case "002", "__2":
		p.yday, s, ok = digits(s, 3, 3)
	case "15", "03", "3":
		min := 2
		if tok == "3" {
			min = 1
		}
		p.hour, s, ok = digits(s, min, 2)
	case "04", "4":
		p.min, s, ok = digits(s, len(tok), 2)
	case "05", "5":
		p.sec, s, ok = digits(s, len(tok), 2)
		if ok && len(s) > 1 && s[0] == '.' && '0' <= s[1] && s[1] <= '9' {
			s = parseFrac(p, s)
		}
	case "PM", "pm":
		if len(s) >= 2 && (equalFold(s[:2], "PM") || equalFold(s[:2], "AM")) {
			p.pm, p.pmSet, s, ok = equalFold(s[:2], "PM"), true, s[2:], true
		}
	default:
		return parseZone(p, tok, s)
	}
	return s, "", ok
}

func parseFrac(p *parsed, s string) string {
	i, scale := 1, 100000000
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		p.nsec += int(s[i]-'0') * scale
		scale /= 10
		i++
	}
	return s[i:]
}

// parseZone reads "Z", "UTC" or a numeric offset for the zone elements.
func parseZone(p *parsed, tok, s string) (string, string, bool) {
	if tok == "MST" {
		i := 0
		for i < len(s) && 'A' <= s[i] && s[i] <= 'Z' {
			i++
		}
		return s[i:], "", i >= 3
	}
	if tok[0] == 'Z' && len(s) > 0 && s[0] == 'Z' {
		return s[1:], "", true
	}
	if len(s) < 3 || (s[0] != '+' && s[0] != '-') {
		return s, "", false
	}
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	h, rest, ok := digits(s[1:], 2, 2)
	if !ok {
		return s, "", false
	}
	m := 0
	if len(rest) > 0 && rest[0] == ':' {
		rest = rest[1:]
	}
	if len(rest) >= 2 && '0' <= rest[0] && rest[0] <= '9' {
		m, rest, _ = digits(rest, 2, 2)
	}
	p.offset = sign * (h*3600 + m*60)
	return rest, "", true
}

// Parse parses a formatted string and returns the time value it represents.
func Parse(layout, value string) (Time, error) {
	p := parsed{month: 1, day: 1}
	s := value
	for i := 0; i < len(layout); {
		if n, _ := fracToken(layout, i); n > 0 {
			if len(s) > 0 && s[0] == layout[i] {
				s = parseFrac(&p, s)
			}
			i += n
			continue
		}
		tok := ""
		for _, t := range stdTokens {
			if len(layout)-i >= len(t) && layout[i:i+len(t)] == t {
				tok = t
				break
			}
		}
		if tok == "" {
			if len(s) == 0 || s[0] != layout[i] {
				return Time{}, &ParseError{layout, value, layout[i:], s, ""}
			}
			s = s[1:]
			i++
			continue
		}
		rest, _, ok := parseToken(&p, tok, s)
		if !ok {
			return Time{}, &ParseError{layout, value, tok, s, ""}
		}
		s = rest
		i += len(tok)
	}
	if s != "" {
		return Time{}, &ParseError{layout, value, "", s, ": extra text: " + quote(s)}
	}
	return p.time(value, layout)
}

// ParseInLocation is Parse (chanlab has only UTC).
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return Parse(layout, value)
}

func daysIn(m, year int) int {
	switch m {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// time validates the fields and builds the Time.
func (p *parsed) time(value, layout string) (Time, error) {
	if p.pmSet {
		if p.hour > 12 {
			return Time{}, &ParseError{layout, value, "", "", ": hour out of range"}
		}
		if p.pm && p.hour < 12 {
			p.hour += 12
		} else if !p.pm && p.hour == 12 {
			p.hour = 0
		}
	}
	switch {
	case p.month < 1 || p.month > 12:
		return Time{}, &ParseError{layout, value, "", "", ": month out of range"}
	case p.day < 1 || p.day > daysIn(p.month, p.year):
		return Time{}, &ParseError{layout, value, "", "", ": day out of range"}
	case p.hour > 23:
		return Time{}, &ParseError{layout, value, "", "", ": hour out of range"}
	case p.min > 59:
		return Time{}, &ParseError{layout, value, "", "", ": minute out of range"}
	case p.sec > 59:
		return Time{}, &ParseError{layout, value, "", "", ": second out of range"}
	}
	t := Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, UTC)
	if p.yday > 0 {
		t = Date(p.year, 1, p.yday, p.hour, p.min, p.sec, p.nsec, UTC)
	}
	return t.Add(-Duration(p.offset) * Second), nil
}

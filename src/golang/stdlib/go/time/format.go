// Time.Format: Go's reference-time layouts ("2006-01-02 15:04:05"), in UTC.

package time

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// layout elements, longest first where one is a prefix of another.
var stdTokens = []string{
	"January", "Monday", "Jan", "Mon", "MST",
	"2006", "-07:00:00", "-0700", "-07:00", "-07",
	"Z07:00:00", "Z0700", "Z07:00", "Z07",
	"002", "__2", "_2", "01", "02", "03", "04", "05", "06", "15",
	"1", "2", "3", "4", "5", "PM", "pm",
}

func pad(v int, width int) string {
	s := itoa(int64(v))
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// fracToken reports whether layout[i:] is a fractional second (".000" or ",999"...) and
// its length.
func fracToken(layout string, i int) (n int, trim bool) {
	if i+1 >= len(layout) || (layout[i] != '.' && layout[i] != ',') {
		return 0, false
	}
	c := layout[i+1]
	if c != '0' && c != '9' {
		return 0, false
	}
	j := i + 1
	for j < len(layout) && layout[j] == c {
		j++
	}
	if j < len(layout) && '0' <= layout[j] && layout[j] <= '9' {
		return 0, false
	}
	return j - i, c == '9'
}

func (t Time) Format(layout string) string {
	return string(t.AppendFormat(nil, layout))
}

func (t Time) AppendFormat(b []byte, layout string) []byte {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	for i := 0; i < len(layout); {
		if n, trim := fracToken(layout, i); n > 0 {
			b = appendFrac(b, layout[i], int(t.nsec), n-1, trim)
			i += n
			continue
		}
		tok := ""
		for _, s := range stdTokens {
			if len(layout)-i >= len(s) && layout[i:i+len(s)] == s {
				tok = s
				break
			}
		}
		if tok == "" {
			b = append(b, layout[i])
			i++
			continue
		}
		i += len(tok)
		b = append(b, formatToken(tok, t, year, month, day, hour, min, sec)...)
	}
	return b
}

func appendFrac(b []byte, sep byte, nsec int, digits int, trim bool) []byte {
	s := pad(nsec, 9)
	if digits > 9 {
		digits = 9
	}
	s = s[:digits]
	if trim {
		for len(s) > 0 && s[len(s)-1] == '0' {
			s = s[:len(s)-1]
		}
		if s == "" {
			return b
		}
	}
	b = append(b, sep)
	return append(b, s...)
}

func formatToken(tok string, t Time, year int, month Month, day, hour, min, sec int) string {
	switch tok {
	case "January":
		return month.String()
	case "Jan":
		return month.String()[:3]
	case "Monday":
		return t.Weekday().String()
	case "Mon":
		return t.Weekday().String()[:3]
	case "MST":
		return "UTC"
	case "2006":
		return pad(year, 4)
	case "06":
		return pad(year%100, 2)
	case "01":
		return pad(int(month), 2)
	case "1":
		return itoa(int64(month))
	case "02":
		return pad(day, 2)
	case "2":
		return itoa(int64(day))
	case "_2":
		if day < 10 {
			return " " + itoa(int64(day))
		}
		return itoa(int64(day))
	case "002", "__2":
		s := pad(t.YearDay(), 3)
		if tok == "__2" {
			for j := 0; j < 2 && s[j] == '0'; j++ {
				s = s[:j] + " " + s[j+1:]
			}
		}
		return s
	case "15":
		return pad(hour, 2)
	case "03", "3":
		h := hour % 12
		if h == 0 {
			h = 12
		}
		if tok == "03" {
			return pad(h, 2)
		}
		return itoa(int64(h))
	case "04":
		return pad(min, 2)
	case "4":
		return itoa(int64(min))
	case "05":
		return pad(sec, 2)
	case "5":
		return itoa(int64(sec))
	case "PM", "pm":
		s := "AM"
		if hour >= 12 {
			s = "PM"
		}
		if tok == "pm" {
			return string([]byte{s[0] + 32, 'm'})
		}
		return s
	case "-0700", "-07:00", "-07", "-07:00:00":
		return map[string]string{"-0700": "+0000", "-07:00": "+00:00", "-07": "+00", "-07:00:00": "+00:00:00"}[tok]
	}
	return "Z" // Z0700, Z07:00, Z07, Z07:00:00 in UTC
}

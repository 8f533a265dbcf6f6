// Package time: chanlab's implementation on the simulated runtime's virtual clock. The
// clock starts at 2009-11-10 23:00:00 UTC (as the Go playground's does) and only advances
// while every goroutine is blocked; Local is UTC. Timers follow Go 1.23: their channels
// are unbuffered and Stop/Reset leave no stale value.
package time

import "errors"

// A Duration is an elapsed time in nanoseconds.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// String formats d as "72h3m0.5s", "1.5ms", "0s": the largest unit first, the fraction
// of the smallest without trailing zeros.
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	neg := d < 0
	u := uint64(d)
	if neg {
		u = -u
	}
	var s string
	if u < uint64(Second) {
		switch {
		case u < uint64(Microsecond):
			s = utoa(u) + "ns"
		case u < uint64(Millisecond):
			s = fraction(u, 3) + "µs"
		default:
			s = fraction(u, 6) + "ms"
		}
	} else {
		secs := u / uint64(Second)
		frac := u % uint64(Second)
		s = fraction(secs*uint64(Second)%uint64(Minute)+frac, 9) + "s"
		mins := secs / 60
		if mins > 0 {
			s = utoa(mins%60) + "m" + s
			if hours := mins / 60; hours > 0 {
				s = utoa(hours) + "h" + s
			}
		}
	}
	if neg {
		return "-" + s
	}
	return s
}

// fraction prints v / 10^prec with the fraction's trailing zeros (and point) removed.
func fraction(v uint64, prec int) string {
	p := uint64(1)
	for i := 0; i < prec; i++ {
		p *= 10
	}
	s := utoa(v / p)
	f := v % p
	if f == 0 {
		return s
	}
	digits := make([]byte, prec)
	for i := prec - 1; i >= 0; i-- {
		digits[i] = byte('0' + f%10)
		f /= 10
	}
	n := prec
	for n > 0 && digits[n-1] == '0' {
		n--
	}
	return s + "." + string(digits[:n])
}

func utoa(v uint64) string {
	if v == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	return string(b[i:])
}

func itoa(v int64) string {
	if v < 0 {
		return "-" + utoa(uint64(-v))
	}
	return utoa(uint64(v))
}

func (d Duration) Nanoseconds() int64 { return int64(d) }

func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate rounds d toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round rounds d to the nearest multiple of m, halfway values away from zero.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
}

var unitMap = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond),
	"μs": uint64(Microsecond),
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

func quote(s string) string { return "\"" + s + "\"" }

// ParseDuration parses "300ms", "-1.5h", "2h45m": signed decimal numbers, each with a unit.
func ParseDuration(s string) (Duration, error) {
	orig := s
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	var total uint64
	for s != "" {
		i := 0
		for i < len(s) && (s[i] == '.' || '0' <= s[i] && s[i] <= '9') {
			i++
		}
		num := s[:i]
		if num == "" || num == "." {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		s = s[i:]
		j := 0
		for j < len(s) && s[j] != '.' && (s[j] < '0' || s[j] > '9') {
			j++
		}
		if j == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		unit, ok := unitMap[s[:j]]
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(s[:j]) + " in duration " + quote(orig))
		}
		s = s[j:]
		whole, frac, scale := parseDecimal(num)
		v := whole*unit + uint64(float64(frac)*(float64(unit)/float64(scale)))
		if whole > (1<<63)/unit || v > 1<<63 || total+v > 1<<63 {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		total += v
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	return Duration(total), nil
}

// parseDecimal splits "12.345" into 12, 345 and 1000 (digits past 18 are dropped).
func parseDecimal(s string) (whole, frac, scale uint64) {
	scale = 1
	inFrac := false
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '.':
			inFrac = true
		case !inFrac:
			whole = whole*10 + uint64(s[i]-'0')
		case scale < 1e18:
			frac = frac*10 + uint64(s[i]-'0')
			scale *= 10
		}
	}
	return whole, frac, scale
}

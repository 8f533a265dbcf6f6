// time.Time on the virtual clock, Month, Weekday, dates, and the timer natives.

package time

// A Time is an instant with nanosecond precision (always in UTC here). sec counts seconds
// since 0001-01-01 00:00:00 UTC, so the zero Time is that instant; mono is 1 + the virtual
// clock's reading for times from Now (0: none). Natives build Time values with this layout.
type Time struct {
	sec  int64
	nsec int64
	mono int64
}

// A Location is a time zone; chanlab only has UTC.
type Location struct {
	name string
}

var (
	UTC   = &Location{"UTC"}
	Local = UTC
)

func (l *Location) String() string { return l.name }

const (
	unixToInternal int64 = 62135596800
	// The virtual clock's zero: 2009-11-10 23:00:00 UTC.
	startUnix int64 = 1257894000
)

// now is the virtual clock: nanoseconds since the program started.
func now() int64

func fromVirtual(ns int64) Time {
	if start, ok := bubble(); ok {
		// Inside a testing/synctest bubble: the clock starts at 2000-01-01 00:00:00 UTC
		// and has no monotonic reading.
		ns -= start
		return Time{sec: bubbleUnix + unixToInternal + ns/1e9, nsec: ns % 1e9}
	}
	return Time{sec: startUnix + unixToInternal + ns/1e9, nsec: ns % 1e9, mono: ns + 1}
}

// bubble reports the virtual instant the running synctest bubble started at, if any.
func bubble() (start int64, ok bool)

// bubbleUnix is 2000-01-01 00:00:00 UTC, where a synctest bubble's clock starts.
const bubbleUnix int64 = 946684800

// Now returns the current (virtual) time.
func Now() Time { return fromVirtual(now()) }

func Since(t Time) Duration { return Now().Sub(t) }

func Until(t Time) Duration { return t.Sub(Now()) }

func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: nsec}
}

func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

func (t Time) Unix() int64 { return t.sec - unixToInternal }

func (t Time) UnixNano() int64 { return (t.sec-unixToInternal)*1e9 + t.nsec }

func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + t.nsec/1e6 }

func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + t.nsec/1e3 }

func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	ds := t.sec - u.sec
	switch {
	case ds > 9223372035:
		return maxDuration
	case ds < -9223372035:
		return minDuration
	}
	return Duration(ds*1e9 + t.nsec - u.nsec)
}

func (t Time) Add(d Duration) Time {
	sec := t.sec + int64(d/1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		sec++
		nsec -= 1e9
	} else if nsec < 0 {
		sec--
		nsec += 1e9
	}
	mono := t.mono
	if mono != 0 {
		mono += int64(d)
	}
	return Time{sec, nsec, mono}
}

func (t Time) AddDate(years int, months int, days int) Time {
	y, m, d := t.Date()
	hh, mm, ss := t.Clock()
	return Date(y+years, m+Month(months), d+days, hh, mm, ss, int(t.nsec), UTC)
}

func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return 1
	}
	return 0
}

// Round(0) and Truncate(0) strip the monotonic reading, as in Go.
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	ns := t.UnixNano()
	r := Duration(((ns % int64(d)) + int64(d)) % int64(d))
	return t.Add(-r)
}

func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	ns := t.UnixNano()
	r := Duration(((ns % int64(d)) + int64(d)) % int64(d))
	if r+r < d {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

func (t Time) UTC() Time { return t }

func (t Time) Local() Time { return t }

func (t Time) In(loc *Location) Time { return t }

func (t Time) Location() *Location { return UTC }

func (t Time) Zone() (name string, offset int) { return "UTC", 0 }

// A Month specifies a month of the year (January = 1).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int64(d)) + ")"
}

// days since 0001-01-01 of t's date.
func (t Time) days() int64 {
	return floorDiv(t.sec, 86400)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// civil converts days since 0001-01-01 to a proleptic Gregorian date.
func civil(days int64) (year int, month Month, day int) {
	z := days - 719162 + 719468 // days since 0000-03-01
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

// daysFrom returns days since 0001-01-01 of a (normalised) date.
func daysFrom(year int64, month int64, day int64) int64 {
	y := year
	if month <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (month + 9) % 12
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468 + 719162
}

func (t Time) Date() (year int, month Month, day int) { return civil(t.days()) }

func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

func (t Time) Weekday() Weekday {
	return Weekday((t.days() + 1) % 7) // 0001-01-01 was a Monday
}

func (t Time) YearDay() int {
	y, _, _ := t.Date()
	return int(t.days()-daysFrom(int64(y), 1, 1)) + 1
}

func (t Time) Clock() (hour, min, sec int) {
	s := t.sec - t.days()*86400
	return int(s / 3600), int(s % 3600 / 60), int(s % 60)
}

func (t Time) Hour() int { return int((t.sec - t.days()*86400) / 3600) }

func (t Time) Minute() int { return int((t.sec - t.days()*86400) % 3600 / 60) }

func (t Time) Second() int { return int((t.sec - t.days()*86400) % 60) }

func (t Time) Nanosecond() int { return int(t.nsec) }

// Date returns the Time of the given date and clock in UTC; out-of-range values are
// normalised (October 32 is November 1).
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	m := int64(month) - 1
	y := int64(year) + floorDiv(m, 12)
	m = m - floorDiv(m, 12)*12 + 1
	s := int64(hour)*3600 + int64(min)*60 + int64(sec) + floorDiv(int64(nsec), 1e9)
	ns := int64(nsec) - floorDiv(int64(nsec), 1e9)*1e9
	d := daysFrom(y, m, 1) + int64(day) - 1
	return Time{sec: d*86400 + s, nsec: ns}
}

func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := t.mono - 1
		sign := byte('+')
		if m < 0 {
			sign = '-'
			m = -m
		}
		frac := utoa(uint64(m%1e9) + 1e9)
		s += " m=" + string(sign) + utoa(uint64(m/1e9)) + "." + frac[1:]
	}
	return s
}

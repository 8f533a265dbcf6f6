// Scanning values into pointers to basic types (ints, uints, floats, strings, bools,
// []byte): Sscan* from a string, Fscan* from a Reader (one byte at a time, the byte after
// the last item given back when the Reader can unread), Scan* from standard input (empty:
// they return EOF).

package fmt

import (
	"errors"
	"io"
	"os"
	"strconv"
)

// scanner walks the input: a string, or what it has read so far from r.
type scanner struct {
	s     string
	i     int
	nlEnd bool // newlines end the input (Sscanln, Sscanf)
	r     io.Reader
	b     [1]byte
}

// more reports whether a byte is at sc.i, reading one from sc.r if needed.
func (sc *scanner) more() bool {
	if sc.i < len(sc.s) {
		return true
	}
	if sc.r == nil {
		return false
	}
	n, err := sc.r.Read(sc.b[:])
	if n > 0 {
		sc.s += string(sc.b[:n])
		return true
	}
	if err != nil {
		sc.r = nil
	}
	return false
}

// giveBack unreads the byte read past the last item, when the Reader can.
func (sc *scanner) giveBack() {
	if bs, ok := sc.r.(io.ByteScanner); ok && sc.i < len(sc.s) {
		bs.UnreadByte()
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// skipSpace skips blanks (and newlines unless they end the input).
func (sc *scanner) skipSpace() {
	for sc.more() && isSpace(sc.s[sc.i]) {
		if sc.s[sc.i] == '\n' && sc.nlEnd {
			return
		}
		sc.i++
	}
}

// token returns the next run of non-space bytes.
func (sc *scanner) token() string {
	sc.skipSpace()
	start := sc.i
	for sc.more() && !isSpace(sc.s[sc.i]) {
		sc.i++
	}
	return sc.s[start:sc.i]
}

// number returns the longest prefix of the next token that looks like a number.
func (sc *scanner) number(float bool) string {
	sc.skipSpace()
	start := sc.i
	if sc.more() && (sc.s[sc.i] == '+' || sc.s[sc.i] == '-') {
		sc.i++
	}
	for sc.more() {
		c := sc.s[sc.i]
		ok := '0' <= c && c <= '9' || c == '_' || float && (c == '.' || c == 'e' || c == 'E' ||
			(c == '+' || c == '-') && (sc.s[sc.i-1] == 'e' || sc.s[sc.i-1] == 'E'))
		if !ok {
			break
		}
		sc.i++
	}
	return sc.s[start:sc.i]
}

// scanOne stores the next value into arg (a pointer).
func (sc *scanner) scanOne(arg any, verb byte) error {
	sc.skipSpace()
	if !sc.more() || sc.nlEnd && sc.s[sc.i] == '\n' {
		if sc.more() {
			sc.i++ // Go consumes the newline it stops at
			return errors.New("unexpected newline")
		}
		return io.ErrUnexpectedEOF
	}
	switch p := arg.(type) {
	case *string:
		*p = sc.token()
	case *[]byte:
		*p = []byte(sc.token())
	case *bool:
		v, err := strconv.ParseBool(sc.token())
		if err != nil {
			return errors.New("syntax error scanning boolean")
		}
		*p = v
	case *float64, *float32:
		tok := sc.number(true)
		bits := 64
		if _, ok := p.(*float32); ok {
			bits = 32
		}
		v, err := strconv.ParseFloat(tok, bits)
		if err != nil {
			return err
		}
		if q, ok := p.(*float32); ok {
			*q = float32(v)
		} else {
			*p.(*float64) = v
		}
	default:
		return sc.scanInt(arg, verb)
	}
	return nil
}

const (
	binaryDigits      = "01"
	octalDigits       = "01234567"
	decimalDigits     = "0123456789"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF"
)

// accept consumes the next byte if it is in set.
func (sc *scanner) accept(set string) bool {
	if !sc.more() {
		return false
	}
	for j := 0; j < len(set); j++ {
		if set[j] == sc.s[sc.i] {
			sc.i++
			return true
		}
	}
	return false
}

// intKind is the size of the integer arg points to and whether it is unsigned.
func intKind(arg any) (bits uint, unsigned, ok bool) {
	switch arg.(type) {
	case *int, *int64:
		return 64, false, true
	case *int8:
		return 8, false, true
	case *int16:
		return 16, false, true
	case *int32:
		return 32, false, true
	case *uint, *uint64, *uintptr:
		return 64, true, true
	case *uint8:
		return 8, true, true
	case *uint16:
		return 16, true, true
	case *uint32:
		return 32, true, true
	}
	return 0, false, false
}

// scanInt stores an integer into a pointer to any integer type, as Go's scanInt/scanUint:
// %b %o %x %X %U read that base, %d decimal, %v decimal or a 0b/0o/0x/0 prefix's base
// (with underscores); a sign only for signed types.
func (sc *scanner) scanInt(arg any, verb byte) error {
	bits, unsigned, ok := intKind(arg)
	if !ok {
		return errors.New("can't scan type: " + Sprintf("%T", arg))
	}
	if verb == 'c' {
		r := rune(sc.s[sc.i])
		sc.i++
		return setInt(arg, int64(r), uint64(r))
	}
	base, digits := 10, decimalDigits
	switch verb {
	case 'b':
		base, digits = 2, binaryDigits
	case 'o':
		base, digits = 8, octalDigits
	case 'x', 'X', 'U':
		base, digits = 16, hexadecimalDigits
	case 'd', 'v':
	default:
		return errors.New("bad verb '%" + string(rune(verb)) + "' for integer")
	}
	start := sc.i
	haveDigits := false
	if verb == 'U' {
		if !sc.accept("U") || !sc.accept("+") {
			return errors.New("bad unicode format ")
		}
		start = sc.i
	} else {
		if !unsigned {
			sc.accept("+-")
		}
		if verb == 'v' {
			base, digits = 0, decimalDigits+"_"
			if sc.accept("0") {
				haveDigits = true
				digits = octalDigits + "_"
				switch {
				case sc.accept("bB"):
					digits = binaryDigits + "_"
				case sc.accept("oO"):
				case sc.accept("xX"):
					digits = hexadecimalDigits + "_"
				}
			}
		}
	}
	if !haveDigits && !sc.accept(digits) {
		return errors.New("expected integer")
	}
	for sc.accept(digits) {
	}
	tok := sc.s[start:sc.i]
	if unsigned {
		u, err := strconv.ParseUint(tok, base, 64)
		if err != nil {
			return err
		}
		if bits < 64 && u>>bits != 0 {
			return errors.New("unsigned integer overflow on token " + tok)
		}
		return setInt(arg, int64(u), u)
	}
	v, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		return err
	}
	if x := (v << (64 - bits)) >> (64 - bits); x != v {
		return errors.New("integer overflow on token " + tok)
	}
	return setInt(arg, v, uint64(v))
}

func setInt(arg any, v int64, u uint64) error {
	switch p := arg.(type) {
	case *int:
		*p = int(v)
	case *int8:
		*p = int8(v)
	case *int16:
		*p = int16(v)
	case *int32:
		*p = int32(v)
	case *int64:
		*p = v
	case *uint:
		*p = uint(u)
	case *uint8:
		*p = uint8(u)
	case *uint16:
		*p = uint16(u)
	case *uint32:
		*p = uint32(u)
	case *uint64:
		*p = u
	default:
		return errors.New("can't scan type: " + Sprintf("%T", arg))
	}
	return nil
}

func (sc *scanner) scanAll(a []any) (n int, err error) {
	for _, arg := range a {
		if err := sc.scanOne(arg, 'v'); err != nil {
			if err == io.ErrUnexpectedEOF {
				return n, io.EOF
			}
			return n, err
		}
		n++
	}
	return n, nil
}

// Sscan scans space-separated values (newlines count as space) into the arguments.
func Sscan(str string, a ...any) (n int, err error) {
	sc := &scanner{s: str}
	return sc.scanAll(a)
}

// Sscanln is Sscan stopping at a newline; after the last item there must be a newline or
// the end of the input.
func Sscanln(str string, a ...any) (n int, err error) {
	sc := &scanner{s: str, nlEnd: true}
	return sc.scanLine(a)
}

// Sscanf scans according to a format: verbs read values, spaces match spaces, other text
// must match exactly.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	sc := &scanner{s: str, nlEnd: true}
	return sc.scanFormat(format, a)
}

// Fscan is Sscan reading from r.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	sc := &scanner{r: r}
	defer sc.giveBack()
	return sc.scanAll(a)
}

// Fscanln is Sscanln reading from r (the newline is consumed).
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	sc := &scanner{r: r, nlEnd: true}
	defer sc.giveBack()
	return sc.scanLine(a)
}

// Fscanf is Sscanf reading from r.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	sc := &scanner{r: r, nlEnd: true}
	defer sc.giveBack()
	return sc.scanFormat(format, a)
}

// Scan, Scanln and Scanf read standard input (empty here: they report EOF).
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }

func (sc *scanner) scanLine(a []any) (n int, err error) {
	n, err = sc.scanAll(a)
	if err == nil {
		for sc.more() && (sc.s[sc.i] == ' ' || sc.s[sc.i] == '\t' || sc.s[sc.i] == '\r') {
			sc.i++
		}
		if sc.more() {
			if sc.s[sc.i] != '\n' {
				err = errors.New("expected newline")
			} else {
				sc.i++
			}
		}
	}
	return n, err
}

func (sc *scanner) scanFormat(format string, a []any) (n int, err error) {
	for i := 0; i < len(format); i++ {
		c := format[i]
		switch {
		case c == '%' && i+1 < len(format) && format[i+1] == '%':
			i++
			if !sc.more() || sc.s[sc.i] != '%' {
				return n, errors.New("missing literal %")
			}
			sc.i++
		case c == '%' && i+1 < len(format):
			i++
			if n >= len(a) {
				return n, errors.New("too few operands for format '%" + format[i:i+1] + "'")
			}
			if err := sc.scanOne(a[n], format[i]); err != nil {
				if err == io.ErrUnexpectedEOF {
					err = io.EOF
				}
				return n, err
			}
			n++
		case c == '\n':
			sc.skipSpace()
			if sc.more() && sc.s[sc.i] == '\n' {
				sc.i++
			}
		case isSpace(c):
			sc.skipSpace()
		default:
			if !sc.more() {
				return n, io.ErrUnexpectedEOF
			}
			if sc.s[sc.i] != c {
				return n, errors.New("input does not match format")
			}
			sc.i++
		}
	}
	if n < len(a) {
		return n, errors.New("too many operands")
	}
	return n, nil
}

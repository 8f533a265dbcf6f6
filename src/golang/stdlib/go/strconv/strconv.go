// Package strconv: chanlab's implementation. The conversions are native (Rust, in
// src/golang/stdlib/strconv, checked against Go's output); the errors are built here.
package strconv

import "errors"

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

var ErrRange = errors.New("value out of range")

var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// numError turns a native's error code (1 syntax, 2 range, 3 base, 4 bit size) into an
// error.
func numError(fn, s string, code, base, bitSize int) error {
	switch code {
	case 0:
		return nil
	case 1:
		return &NumError{fn, s, ErrSyntax}
	case 2:
		return &NumError{fn, s, ErrRange}
	case 3:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	}
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
}

func parseInt(s string, base int, bitSize int) (int64, int)

func parseUint(s string, base int, bitSize int) (uint64, int)

func parseFloat(s string, bitSize int) (float64, int)

// parseFloatPrefix parses the float literal s starts with: its value, its length and an
// error code as parseFloat's.
func parseFloatPrefix(s string, bitSize int) (float64, int, int)

func ParseInt(s string, base int, bitSize int) (int64, error) {
	v, code := parseInt(s, base, bitSize)
	return v, numError("ParseInt", s, code, base, bitSize)
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, code := parseUint(s, base, bitSize)
	return v, numError("ParseUint", s, code, base, bitSize)
}

func ParseFloat(s string, bitSize int) (float64, error) {
	v, code := parseFloat(s, bitSize)
	return v, numError("ParseFloat", s, code, 10, bitSize)
}

func Atoi(s string) (int, error) {
	v, code := parseInt(s, 10, 0)
	return int(v), numError("Atoi", s, code, 10, 0)
}

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func FormatInt(i int64, base int) string

func FormatUint(i uint64, base int) string

func Itoa(i int) string { return FormatInt(int64(i), 10) }

// FormatFloat formats f with format fmt ('e', 'E', 'f', 'g', 'G', 'b', 'x', 'X') and
// precision prec (-1: the fewest digits that read back exactly) for a float of bitSize.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

func quote(s string, ascii, graphic bool) string

func quoteRune(r rune, ascii, graphic bool) string

func Quote(s string) string { return quote(s, false, false) }

func QuoteToASCII(s string) string { return quote(s, true, false) }

func QuoteToGraphic(s string) string { return quote(s, false, true) }

func QuoteRune(r rune) string { return quoteRune(r, false, false) }

func QuoteRuneToASCII(r rune) string { return quoteRune(r, true, false) }

func QuoteRuneToGraphic(r rune) string { return quoteRune(r, false, true) }

func AppendQuote(dst []byte, s string) []byte { return append(dst, Quote(s)...) }

func AppendQuoteToASCII(dst []byte, s string) []byte { return append(dst, QuoteToASCII(s)...) }

func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, QuoteRune(r)...) }

func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToASCII(r)...)
}

func unquote(s string) (string, bool)

func Unquote(s string) (string, error) {
	v, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return v, nil
}

func unquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, ok bool)

func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	v, mb, t, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return v, mb, t, nil
}

func CanBackquote(s string) bool

func IsPrint(r rune) bool

func IsGraphic(r rune) bool

// FormatComplex formats c as (a+bi), each part as FormatFloat formats it with fmt and prec;
// bitSize is 64 for complex64 (float32 parts) or 128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize /= 2
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

// ParseComplex parses "a", "bi" or "a±bi", optionally in parentheses, with float parts as
// ParseFloat reads them (bitSize 64: float32 precision). A part out of range gives ±Inf and
// ErrRange with the value.
func ParseComplex(s string, bitSize int) (complex128, error) {
	size := 64
	if bitSize == 64 {
		size = 32
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	fail := func(code int) (complex128, error) { return 0, numError("ParseComplex", orig, code, 0, bitSize) }
	pending := 0
	re, n, code := parseFloatPrefix(s, size)
	if code == 2 {
		pending = 2
	} else if code != 0 {
		return fail(code)
	}
	s = s[n:]
	var c complex128
	switch {
	case len(s) == 0:
		c = complex(re, 0)
	case s == "i":
		c = complex(0, re)
	case s[0] == '+' || s[0] == '-':
		if s[0] == '+' && len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
		im, n, code := parseFloatPrefix(s, size)
		if code == 2 {
			pending = 2
		} else if code != 0 {
			return fail(code)
		}
		if s[n:] != "i" {
			return fail(1)
		}
		c = complex(re, im)
	default:
		return fail(1)
	}
	return c, numError("ParseComplex", orig, pending, 0, bitSize)
}

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte { return append(dst, QuoteToGraphic(s)...) }

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToGraphic(r)...)
}

// QuotedPrefix returns the quoted string (as Unquote reads it) s starts with.
func QuotedPrefix(s string) (string, error) {
	if len(s) == 0 {
		return "", ErrSyntax
	}
	q := s[0]
	if q != '"' && q != '\'' && q != '`' {
		return "", ErrSyntax
	}
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case c == q:
			if _, err := Unquote(s[:i+1]); err != nil {
				return "", err
			}
			return s[:i+1], nil
		case c == '\\' && q != '`':
			i++
		case c == '\n' && q != '`':
			return "", ErrSyntax
		}
	}
	return "", ErrSyntax
}

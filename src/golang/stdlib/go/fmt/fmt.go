// Package fmt: chanlab's implementation. Formatting is native (Rust, in
// src/golang/stdlib/fmt, checked against Go's output); printing and Errorf's wrapping are
// here. Scanning is not provided.
package fmt

import (
	"errors"
	"io"
	"os"
)

// Stringer is implemented by any value that has a String method, which defines the
// "native" format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method (used by %#v).
type GoStringer interface {
	GoString() string
}

// State and Formatter are declared for programs that mention them; chanlab's printer does
// not call Format methods.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

type Formatter interface {
	Format(f State, verb rune)
}

// Sprint formats its operands with %v, adding spaces between operands when neither is a
// string.
func Sprint(a ...any) string

// Sprintln formats its operands with %v, spaces between them, and a newline.
func Sprintln(a ...any) string

// Sprintf formats according to a format specifier.
func Sprintf(format string, a ...any) string

// Print, Println and Printf write to os.Stdout.
func Print(a ...any) (n int, err error) {
	return os.Stdout.WriteString(Sprint(a...))
}

func Println(a ...any) (n int, err error) {
	return os.Stdout.WriteString(Sprintln(a...))
}

func Printf(format string, a ...any) (n int, err error) {
	return os.Stdout.WriteString(Sprintf(format, a...))
}

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return io.WriteString(w, Sprint(a...))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return io.WriteString(w, Sprintln(a...))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return io.WriteString(w, Sprintf(format, a...))
}

func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// errorf formats like Sprintf with %w allowed: the message and the indexes of the %w
// operands (sorted when the format used explicit indexes).
func errorf(format string, a []any) (string, []int)

// Errorf formats according to a format specifier and returns the string as an error; %w
// operands that are errors are wrapped (Unwrap, errors.Is).
func Errorf(format string, a ...any) error {
	s, wrapped := errorf(format, a)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	var errs []error
	for i, n := range wrapped {
		if i > 0 && wrapped[i-1] == n {
			continue
		}
		if e, ok := a[n].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }

// Package errors: chanlab's implementation (written for chanlab, checked against Go's
// behaviour). New, Is, As, Unwrap, Join.
package errors

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// New returns an error whose Error method returns text; each call is a distinct error.
func New(text string) error {
	return &errorString{text}
}

// ErrUnsupported reports that an operation is not supported.
var ErrUnsupported = New("unsupported operation")

// Unwrap returns the result of err's Unwrap() error method, or nil.
func Unwrap(err error) error {
	if unwrapKind(err) != 1 {
		return nil
	}
	return err.(interface{ Unwrap() error }).Unwrap()
}

// unwrapKind tells which Unwrap method the dynamic type of err has: 0 none, 1
// Unwrap() error, 2 Unwrap() []error.
func unwrapKind(err error) int

// children are the errors err wraps: Unwrap() error or Unwrap() []error.
func children(err error) []error {
	switch unwrapKind(err) {
	case 1:
		if e := err.(interface{ Unwrap() error }).Unwrap(); e != nil {
			return []error{e}
		}
	case 2:
		return err.(interface{ Unwrap() []error }).Unwrap()
	}
	return nil
}

// Is reports whether any error in err's tree matches target (depth first, pre-order).
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target, comparable(target))
}

func is(err, target error, canCompare bool) bool {
	for {
		if canCompare && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		kids := children(err)
		if len(kids) == 0 {
			return false
		}
		if len(kids) == 1 {
			err = kids[0]
			if err == nil {
				return false
			}
			continue
		}
		for _, e := range kids {
			if e != nil && is(e, target, canCompare) {
				return true
			}
		}
		return false
	}
}

// comparable reports whether the dynamic type of v supports ==.
func comparable(v any) bool

// As finds the first error in err's tree assignable to the type target points to, sets
// *target to it and returns true.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	checkTarget(target)
	return as(err, target)
}

// AsType finds the first error in err's tree that has type E and returns it (Go 1.26).
func AsType[E error](err error) (E, bool) {
	var e E
	if err == nil {
		return e, false
	}
	if as(err, &e) {
		return e, true
	}
	return e, false
}

func as(err error, target any) bool {
	for {
		if assignTo(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		kids := children(err)
		if len(kids) == 0 {
			return false
		}
		if len(kids) == 1 {
			err = kids[0]
			if err == nil {
				return false
			}
			continue
		}
		for _, e := range kids {
			if e != nil && as(e, target) {
				return true
			}
		}
		return false
	}
}

// checkTarget panics as Go does unless target is a non-nil pointer to an interface type
// or to a type implementing error.
func checkTarget(target any)

// assignTo stores err in *target if err's dynamic type is assignable to target's element
// type.
func assignTo(err error, target any) bool

type joinError struct {
	errs []error
}

// Join returns an error wrapping the non-nil errs (nil if there are none); its message is
// their messages separated by newlines.
func Join(errs ...error) error {
	var kept []error
	for _, e := range errs {
		if e != nil {
			kept = append(kept, e)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	return &joinError{kept}
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error { return e.errs }

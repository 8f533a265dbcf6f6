package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type NotFoundError struct {
	Kind, ID string
}

func (e *NotFoundError) Error() string { return e.Kind + " " + e.ID + " not found" }

type ValidationError struct {
	Field string
	Err   error
}

func (e ValidationError) Error() string { return "invalid " + e.Field + ": " + e.Err.Error() }
func (e ValidationError) Unwrap() error { return e.Err }

var ErrTooShort = errors.New("too short")

type temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (n netErr) Error() string   { return n.msg }
func (n netErr) Temporary() bool { return true }

func findUser(id string) error {
	if id == "" {
		return ValidationError{"id", ErrTooShort}
	}
	if _, err := strconv.Atoi(id); err != nil {
		return ValidationError{"id", err}
	}
	return &NotFoundError{"user", id}
}

func handler(id string) error {
	if err := findUser(id); err != nil {
		return fmt.Errorf("handler(%q): %w", id, err)
	}
	return nil
}

func main() {
	for _, id := range []string{"", "abc", "42"} {
		err := handler(id)
		fmt.Println(err)
		var nf *NotFoundError
		var ve ValidationError
		var ne *strconv.NumError
		fmt.Println("  is too short:", errors.Is(err, ErrTooShort))
		fmt.Println("  as not found:", errors.As(err, &nf), nf != nil && nf.ID == id)
		fmt.Println("  as validation:", errors.As(err, &ve), ve.Field)
		if errors.As(err, &ne) {
			fmt.Println("  num error:", ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
		}
	}

	joined := errors.Join(netErr{"timeout"}, nil, handler("7"))
	fmt.Println(joined)
	var t temporary
	fmt.Println("temporary:", errors.As(joined, &t), t.Temporary())
	var nf *NotFoundError
	fmt.Println("join has not-found:", errors.As(joined, &nf), nf.Kind)

	multi := fmt.Errorf("both: %w and %w", ErrTooShort, os.ErrNotExist)
	fmt.Println(multi, errors.Is(multi, os.ErrNotExist), errors.Is(multi, os.ErrExist))
	fmt.Println(errors.Unwrap(multi) == nil, errors.Unwrap(handler("")) != nil)

	fmt.Println(errors.Join() == nil, errors.Is(nil, ErrTooShort))
	fmt.Printf("%v|%s|%q\n", ErrTooShort, ErrTooShort, ErrTooShort)
}

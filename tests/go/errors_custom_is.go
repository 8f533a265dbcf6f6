package main

import (
	"errors"
	"fmt"
)

type StatusErr struct{ Code int }

func (e StatusErr) Error() string { return fmt.Sprintf("status %d", e.Code) }
func (e StatusErr) Is(target error) bool {
	t, ok := target.(StatusErr)
	return ok && (t.Code == 0 || t.Code == e.Code)
}

type temporary interface{ Temporary() bool }

type netErr struct{}

func (netErr) Error() string   { return "net down" }
func (netErr) Temporary() bool { return true }

func main() {
	err := fmt.Errorf("fetch: %w", StatusErr{404})
	fmt.Println(errors.Is(err, StatusErr{404}), errors.Is(err, StatusErr{500}), errors.Is(err, StatusErr{}))
	var se StatusErr
	fmt.Println(errors.As(err, &se), se.Code)
	var tmp temporary
	e2 := fmt.Errorf("wrapped: %w", netErr{})
	fmt.Println(errors.As(e2, &tmp), tmp.Temporary())
	var nilErr error
	fmt.Println(errors.Is(nilErr, nil), errors.Is(err, nil))
	fmt.Printf("%v|%+v|%s\n", err, err, err)
	werr := fmt.Errorf("%w", nil)
	fmt.Println(werr)
	e3 := fmt.Errorf("bad verb %w", "not an error")
	fmt.Println(e3, errors.Unwrap(e3))
}

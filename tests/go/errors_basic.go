package main

import (
	"errors"
	"fmt"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryErr struct {
	Query string
	Err   error
}

func (e *QueryErr) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryErr) Unwrap() error { return e.Err }

func find(q string) error {
	return &QueryErr{q, ErrNotFound}
}

func main() {
	err := find("users")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, os.ErrExist))
	var qe *QueryErr
	if errors.As(err, &qe) {
		fmt.Println("as:", qe.Query)
	}
	w := fmt.Errorf("layer 2: %w", fmt.Errorf("layer 1: %w", err))
	fmt.Println(w)
	fmt.Println(errors.Is(w, ErrNotFound), errors.Unwrap(w) != nil)
	fmt.Println(errors.Unwrap(errors.Unwrap(errors.Unwrap(w))) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound))
	nw := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(nw, errors.Is(nw, ErrNotFound))
	j := errors.Join(ErrNotFound, errors.New("second"), nil)
	fmt.Println(j)
	fmt.Println(errors.Is(j, ErrNotFound), errors.Join(nil, nil) == nil)
	multi := fmt.Errorf("a: %w, b: %w", ErrNotFound, os.ErrClosed)
	fmt.Println(multi, errors.Is(multi, os.ErrClosed), errors.Unwrap(multi))
	fmt.Println(errors.New("x") == errors.New("x"))
	var target *QueryErr
	fmt.Println(errors.As(errors.New("plain"), &target), target)
	fmt.Printf("%T %T\n", w, j)
	fmt.Println(os.ErrNotExist, os.ErrPermission)
}

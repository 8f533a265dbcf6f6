// errors.Is/As through %w chains, custom Is methods, interface targets, *strconv.NumError, Join and multi-%w.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ValidationError struct {
	Field string
	Value any
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Value)
}

type TimeoutError struct{ Op string }

func (e TimeoutError) Error() string   { return e.Op + ": timeout" }
func (e TimeoutError) Timeout() bool   { return true }
func (e TimeoutError) Is(t error) bool { return t == ErrTransient }

var ErrTransient = errors.New("transient")
var ErrNotFound = errors.New("not found")

func lookup(id string) error {
	n, err := strconv.Atoi(id)
	if err != nil {
		return fmt.Errorf("lookup %q: %w", id, err)
	}
	switch {
	case n < 0:
		return fmt.Errorf("lookup: %w", &ValidationError{"id", n})
	case n == 0:
		return fmt.Errorf("lookup %d: %w", n, ErrNotFound)
	case n > 100:
		return fmt.Errorf("lookup %d: %w", n, TimeoutError{"db"})
	}
	return nil
}

func main() {
	for _, id := range []string{"7", "-3", "0", "500", "x1"} {
		err := lookup(id)
		fmt.Printf("%-4s err=%v\n", id, err)
		if err == nil {
			continue
		}
		var ve *ValidationError
		var te interface{ Timeout() bool }
		var ne *strconv.NumError
		fmt.Println("  notfound:", errors.Is(err, ErrNotFound), "transient:", errors.Is(err, ErrTransient))
		if errors.As(err, &ve) {
			fmt.Printf("  validation field=%s value=%v\n", ve.Field, ve.Value)
		}
		if errors.As(err, &te) {
			fmt.Println("  timeout?", te.Timeout())
		}
		if errors.As(err, &ne) {
			fmt.Println("  numerror:", ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax))
		}
		fmt.Println("  unwrap:", errors.Unwrap(err))
	}
	joined := errors.Join(ErrNotFound, nil, &ValidationError{"name", ""})
	fmt.Printf("%q\n", joined.Error())
	fmt.Println(errors.Is(joined, ErrNotFound), errors.Unwrap(joined) == nil)
	multi := fmt.Errorf("two: %w and %w", ErrNotFound, ErrTransient)
	fmt.Println(multi, errors.Is(multi, ErrTransient))
}

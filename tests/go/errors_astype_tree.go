package main

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

type TimeoutError struct {
	Op    string
	After time.Duration
}

func (e *TimeoutError) Error() string { return fmt.Sprintf("%s timed out after %v", e.Op, e.After) }
func (e *TimeoutError) Timeout() bool { return true }

type FieldError struct{ Field, Reason string }

func (e FieldError) Error() string { return e.Field + ": " + e.Reason }

func validate(form map[string]string) error {
	var errs []error
	if form["name"] == "" {
		errs = append(errs, FieldError{"name", "required"})
	}
	if _, err := strconv.Atoi(form["age"]); err != nil {
		errs = append(errs, fmt.Errorf("age: %w", err))
	}
	return errors.Join(errs...)
}

func call(op string) error {
	return fmt.Errorf("call %s: %w", op, &TimeoutError{op, 3 * time.Second})
}

func main() {
	err := validate(map[string]string{"age": "x1"})
	fmt.Println(err)
	if fe, ok := errors.AsType[FieldError](err); ok {
		fmt.Println("field error on", fe.Field)
	}
	if ne, ok := errors.AsType[*strconv.NumError](err); ok {
		fmt.Printf("number error: %s(%q)\n", ne.Func, ne.Num)
	}
	_, ok := errors.AsType[*TimeoutError](err)
	fmt.Println("timeout in validation:", ok)

	err = call("fetch")
	te, ok := errors.AsType[*TimeoutError](err)
	fmt.Println(ok, te.Op, te.After)
	type timeout interface {
		error
		Timeout() bool
	}
	if t, ok := errors.AsType[timeout](err); ok {
		fmt.Println("has Timeout():", t.Timeout())
	}
	fmt.Println(validate(map[string]string{"name": "ann", "age": "30"}) == nil)
	_, ok = errors.AsType[FieldError](nil)
	fmt.Println(ok)
}

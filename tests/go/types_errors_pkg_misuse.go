package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return e.Name }

func find() error { return nil }

func main() {
	err := find()
	var nf NotFound
	if errors.As(err, nf) {
	}
	if errors.Is(err, NotFound) {
	}
	var pe *NotFound
	if errors.As(err, &pe) {
		fmt.Println(pe.Name)
	}
	if err == (NotFound{}) {
	}
	e2 := fmt.Errorf("wrap: %w", err)
	var s string = e2
	fmt.Println(s, err.Error, err.(NotFound).Name)
}

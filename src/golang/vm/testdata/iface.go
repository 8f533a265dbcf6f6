package main

import (
	"errors"
	"fmt"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Dog struct {
	Base
	loud bool
}

func (d *Dog) Sound() string {
	if d.loud {
		return "WOOF"
	}
	return "woof"
}

type Cat struct{ Base }

func (Cat) Sound() string { return "meow" }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(code int) error {
	if code == 0 {
		return nil
	}
	return &MyErr{code}
}

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", v)
	case string:
		return "string " + strings.ToUpper(v)
	case []int:
		return fmt.Sprint("slice of ", len(v))
	case error:
		return "error " + v.Error()
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	animals := []Animal{&Dog{Base{"rex"}, true}, Cat{Base{"tom"}}}
	for _, a := range animals {
		fmt.Println(a.Name(), a.Sound())
	}
	err := find(42)
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println("as", me.Code)
	}
	fmt.Println(err, find(0) == nil)
	wrapped := fmt.Errorf("wrap: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, err), errors.Unwrap(wrapped) == err)
	for _, x := range []any{nil, 1, "go", []int{1, 2}, err, 2.5} {
		fmt.Println(describe(x))
	}
	f := animals[1].Sound
	fmt.Println(f())
	g := (*Dog).Sound
	fmt.Println(g(&Dog{loud: false}))
	var a Animal
	_, ok := a.(Cat)
	fmt.Println(ok)
}

package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p // non-nil interface even when p is nil
}

func mayFailFixed(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Shape interface{ Area() float64 }

type Square struct{ side float64 }

func (s *Square) Area() float64 {
	if s == nil {
		return 0
	}
	return s.side * s.side
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%T %v\n", err, err)
	err = mayFailFixed(false)
	fmt.Println(err == nil, err)

	var target *MyErr
	fmt.Println(errors.As(mayFail(true), &target), target.msg)

	var s *Square
	var sh Shape = s
	fmt.Println(sh == nil, sh.Area(), s == nil)
	shapes := []Shape{&Square{2}, nil, s}
	for i, x := range shapes {
		if x == nil {
			fmt.Println(i, "nil interface")
			continue
		}
		fmt.Println(i, x.Area())
	}

	var e1 error
	var e2 *MyErr
	fmt.Println(e1 == nil, e2 == nil, error(e2) == nil)
	if v, ok := sh.(*Square); ok {
		fmt.Println("holds *Square, nil:", v == nil)
	}
	var any1 any = (*int)(nil)
	fmt.Println(any1 == nil, any1)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		if re, ok := r.(error); ok {
			fmt.Println("is runtime error:", re.Error() != "")
		}
	}()
	shapes[1].Area()
}

package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, err == (*MyErr)(nil))
	fmt.Println(correct(false) == nil, correct(true))
	var e error
	var target *MyErr
	fmt.Println(errors.As(correct(true), &target), e == nil)
	var i interface{} = (*int)(nil)
	fmt.Println(i == nil, i.(*int) == nil)
}

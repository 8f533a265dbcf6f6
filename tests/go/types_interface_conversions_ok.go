package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.code) }

func find(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{7}
	}
	return p
}

func main() {
	var r io.Reader = strings.NewReader("abc")
	_, isWriter := r.(io.Writer)
	rs, isSeeker := r.(io.Seeker)
	fmt.Println(isWriter, isSeeker, rs != nil)
	err := find(false)
	fmt.Println(err == nil, err != nil)
	var me *MyErr
	fmt.Println(errors.As(find(true), &me), me.code)
	var any1 interface{} = 3
	var any2 any = 3
	fmt.Println(any1 == any2, any1 == 3, any1 != "3")
}

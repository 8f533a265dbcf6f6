package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(f func()) (err error) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			err = re
			return
		}
		if r != nil {
			err = fmt.Errorf("non-runtime panic: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	errs := []error{
		try(func() { var a []int; _ = a[1] }),
		try(func() { x := 0; _ = 1 / x }),
		try(func() { var p *struct{ v int }; _ = p.v }),
		try(func() { var i any = 1; _ = i.(string) }),
		try(func() { panic("plain") }),
		try(func() {}),
	}
	for _, e := range errs {
		fmt.Printf("%T: %v\n", e, e)
	}
	var re runtime.Error
	fmt.Println(errors.As(errs[0], &re), re.Error() == errs[0].Error())
}

package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func catch(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return nil
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(catch(func() { panic("str") }))
	fmt.Println(catch(func() { panic(42) }))
	fmt.Println(catch(func() { panic(errors.New("an error")) }))
	fmt.Println(catch(func() {}))
	r := catch(func() {
		var m map[string]int
		m["a"] = 1
	})
	fmt.Println(r)
	err, ok := r.(error)
	fmt.Println(ok, err)
	r = catch(func() {
		var a []int
		_ = a[5]
	})
	fmt.Println(r)
	r = catch(func() {
		var x interface{} = "s"
		_ = x.(int)
	})
	fmt.Println(r)
	fmt.Println(recover())
	r = catch(func() {
		defer func() { panic("second") }()
		panic("first")
	})
	fmt.Println(r)
}

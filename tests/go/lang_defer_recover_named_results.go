package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("safeDiv(%d, %d): %v", a, b, r)
			q = -1
		}
	}()
	q = a / b
	return
}

func parseAll(ss []string) (nums []int, err error) {
	defer func() {
		if err != nil {
			nums = nil
			err = fmt.Errorf("parseAll: %w", err)
		}
	}()
	for _, s := range ss {
		n, err := strconv.Atoi(s)
		if err != nil {
			return nums, err
		}
		nums = append(nums, n)
	}
	return nums, nil
}

func counter() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 3 }()
	return 1
}

func helperRecover() any { return recover() }

func nestedRecoverDoesNotWork() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprint("outer caught: ", r)
	}()
	defer func() {
		// recover called from a nested function returns nil.
		msg = fmt.Sprint("helper got: ", helperRecover())
	}()
	panic("boom")
}

func deferArgsEvaluatedEarly() {
	x := 1
	defer fmt.Println("deferred sees x =", x)
	x = 2
	func() {
		defer func() { fmt.Println("closure sees x =", x) }()
		x = 3
	}()
}

func rethrow() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	var arr []int
	_ = arr[3]
	return nil
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(parseAll([]string{"1", "2", "3"}))
	fmt.Println(parseAll([]string{"1", "x", "3"}))
	fmt.Println(counter())
	fmt.Println(nestedRecoverDoesNotWork())
	deferArgsEvaluatedEarly()
	err := rethrow()
	var re runtime.Error
	fmt.Println(err, errors.As(err, &re))
	fmt.Println("recover outside panic:", recover())
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	defer func() {
		panic("second panic replaces the first")
	}()
	panic("first")
}

package main

import (
	"errors"
	"fmt"
)

func cleanup() {
	panic(errors.New("cleanup failed"))
}

func work() {
	defer cleanup()
	panic("work failed")
}

func main() {
	defer func() {
		r := recover()
		panic(fmt.Sprint("main: ", r))
	}()
	work()
}

package main

import "fmt"

type Level int

func (l Level) String() string { return fmt.Sprintf("level-%d", int(l)) }

type E struct{}

func (*E) Error() string { return "custom error type" }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		var e error = &E{}
		panic(e)
	}()
	panic(Level(3))
}

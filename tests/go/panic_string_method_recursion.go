// A String method that prints its own receiver: fmt calls String, which calls fmt again,
// forever. Go dies with a stack overflow before anything is printed.
package main

import "fmt"

type Temp float64

func (t Temp) String() string {
	fmt.Println("formatting", t)
	return fmt.Sprintf("%.1f°C", float64(t))
}

func main() {
	fmt.Println("start")
	fmt.Println(Temp(21.5))
	fmt.Println("not reached")
}

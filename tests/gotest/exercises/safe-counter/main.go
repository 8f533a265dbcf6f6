package main

import "fmt"

// Counter counts events.
type Counter struct {
	n int
}

// Inc adds one to the count.
func (c *Counter) Inc() {
	c.n++
}

// Value returns the count.
func (c *Counter) Value() int {
	return c.n
}

func main() {
	var c Counter
	c.Inc()
	fmt.Println(c.Value())
}

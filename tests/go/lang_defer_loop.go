package main

import "fmt"

func cleanup() (log []string) {
	defer func() { log = append(log, "done") }()
	for i := range 3 {
		defer func() { log = append(log, fmt.Sprint("close ", i)) }()
	}
	return []string{"start"}
}

type resource struct{ name string }

func (r *resource) Close() error {
	fmt.Println("closing", r.name)
	return nil
}

func use() {
	for _, n := range []string{"a", "b"} {
		r := &resource{n}
		defer r.Close()
	}
	fmt.Println("using resources")
}

func main() {
	fmt.Println(cleanup())
	use()
	x := 0
	defer fmt.Println("defer with x =", x)
	for i := 0; i < 3; i++ {
		x += i
	}
	fmt.Println("x is", x)
}

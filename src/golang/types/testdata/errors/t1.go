package main

import "fmt"

func a(x int) int {
	for {
		select {
		default:
			break
		}
	}
}

func b(x int) int {
L:
	for {
		if x > 0 {
			break L
		}
	}
}

func c(x int) int {
	switch x {
	case 1:
		return 1
	default:
		panic("no")
	}
}

func d(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
}

func e(x interface{}) int {
	switch x.(type) {
	case int:
		return 1
	default:
		return 0
	}
}

func f(x int) (r int) {
	{
		return
	}
}

func g(ch chan int) int {
	select {
	case v := <-ch:
		return v
	}
}

func h(x int) int {
	for x > 0 {
		return 1
	}
}

func i(x int) int {
	switch {
	case x > 0:
		fallthrough
	default:
		return 0
	}
}

func j(x int) int {
	goto end
end:
	return 1
}

func k(x int) int {
	for {
		switch {
		case x > 0:
			break
		}
	}
}

func main() { fmt.Println(a, b, c, d, e, f, g, h, i, j, k) }

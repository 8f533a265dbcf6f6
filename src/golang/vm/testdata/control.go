package main

import "fmt"

func order() (s string) {
	for i := 0; i < 3; i++ {
		defer func() { s += fmt.Sprint(i) }()
	}
	return "x"
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(order())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	fmt.Println("i =", i)
	switch {
	case i > 2:
		fmt.Println("gt2")
		fallthrough
	case i > 100:
		fmt.Println("fell")
	case i > 1:
		fmt.Println("no")
	}
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(m)
	total := 0
	for k, v := range m {
		total += v * len(k)
	}
	fmt.Println(total)
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
	s := []int{1, 2, 3, 4, 5}
	t := s[1:3]
	t = append(t, 99)
	fmt.Println(s, t, len(t), cap(t))
	u := s[1:2:3]
	u = append(u, 7, 8)
	fmt.Println(s, u, cap(u))
	var arr [3]string
	arr[0] = "x"
	brr := arr
	brr[0] = "y"
	fmt.Println(arr, brr, arr == [3]string{"x", "", ""})
	type pt struct{ X, Y int }
	pm := map[pt]string{{1, 2}: "a"}
	fmt.Println(pm[pt{1, 2}], len(pm))
	var x uint8 = 200
	x += 100
	var y int8 = 127
	y++
	fmt.Println(x, y, -7/2, -7%2, 1<<10, ^0)
	str := "héllo, 世界"
	for i, r := range str {
		if r > 127 {
			fmt.Print(i, ":", string(r), " ")
		}
	}
	fmt.Println(len(str), []byte(str)[1], []rune(str)[1])
}

package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.ParseInt("12", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("12", 10, 65)
	fmt.Println(err)
	_, err = strconv.ParseInt("-129", 10, 8)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	v, err := strconv.ParseInt("0b101", 0, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("0o17", 0, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("z", 36, 64)
	fmt.Println(v, err)
	_, err = strconv.ParseFloat("1.5x", 64)
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	f, err := strconv.ParseFloat("inf", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("0x1p-2", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1e-400", 64)
	fmt.Println(f, err)
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	_, err = strconv.Atoi(" 1")
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num)
}

package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "code " + strconv.Itoa(e.Code) }

func find(k string) error {
	if k == "" {
		return fmt.Errorf("find %q: %w", k, ErrNotFound)
	}
	return &MyErr{404}
}

func main() {
	err := find("")
	fmt.Println(err, errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	err2 := fmt.Errorf("wrap: %w", find("x"))
	var me *MyErr
	fmt.Println(errors.As(err2, &me), me.Code, err2)
	j := errors.Join(errors.New("a"), nil, errors.New("b"))
	fmt.Println(j, errors.Is(j, ErrNotFound))
	fmt.Println(errors.Join(nil, nil) == nil)
	multi := fmt.Errorf("%w and %w", ErrNotFound, &MyErr{1})
	fmt.Println(multi, errors.Is(multi, ErrNotFound), errors.As(multi, &me), me.Code)
	for _, s := range []string{"42", "-7", "x", "99999999999999999999", " 1", "0x1f"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	v, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(v, err)
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	_, err = strconv.ParseFloat("abc", 64)
	fmt.Println(err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatFloat(1.5, 'f', 3, 64), strconv.FormatFloat(0.1, 'g', -1, 32))
	fmt.Println(strconv.Quote("hi\n\"x\""), strconv.QuoteRune('☺'), strconv.QuoteToASCII("héllo"))
	u, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", u, err)
	_, err = strconv.Unquote("'ab'")
	fmt.Println(err)
	var ne *strconv.NumError
	_, err = strconv.Atoi("z")
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, errors.Is(err, strconv.ErrSyntax))
}

package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Matrix [][]float64

func New(rows, cols int) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]float64, cols)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Dims() (int, int) {
	if len(m) == 0 {
		return 0, 0
	}
	return len(m), len(m[0])
}

var ErrShape = errors.New("shape mismatch")

func Mul(a, b Matrix) (Matrix, error) {
	ar, ac := a.Dims()
	br, bc := b.Dims()
	if ac != br {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", ar, ac, br, bc, ErrShape)
	}
	out := New(ar, bc)
	var wg sync.WaitGroup
	for i := 0; i < ar; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < bc; j++ {
				var sum float64
				for k := 0; k < ac; k++ {
					sum += a[i][k] * b[k][j]
				}
				out[i][j] = sum
			}
		}()
	}
	wg.Wait()
	return out, nil
}

func (m Matrix) Transpose() Matrix {
	r, c := m.Dims()
	t := New(c, r)
	for i := range m {
		for j := range m[i] {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%6.2f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := Mul(a, b)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Print(c)
	fmt.Print(a.Transpose())
	id, _ := Mul(c, Identity(2))
	fmt.Println("identity keeps it:", fmt.Sprint(id) == fmt.Sprint(c))
	_, err = Mul(a, a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fmt.Println(Matrix{{0.5, -1.25}})
	fmt.Printf("%v\n", [][]float64(c))
}
